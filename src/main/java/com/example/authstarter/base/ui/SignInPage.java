package com.example.authstarter.base.ui;

/**
 * The sign-in page's address and the parameters it understands, in one place: every feature sends people
 * there (after sign-up, from a mail, when a session ends), and Spring Security posts to it.
 */
public final class SignInPage {

    /** The route, as Vaadin navigates to it. */
    public static final String ROUTE = "login";
    /** The path, as Spring Security redirects to it and the form posts to it. */
    public static final String PATH = "/" + ROUTE;

    /** A refused sign-in: wrong name or password, a locked account (all alike). */
    public static final String ERROR = "error";
    /** Too many sign-ins at once: {@code ?busy}. */
    public static final String BUSY = "busy";
    /** The database cannot be reached: {@code ?unavailable}. */
    public static final String UNAVAILABLE = "unavailable";
    /** A throttled attempt: {@code ?wait=N}, the seconds to wait. */
    public static final String WAIT = "wait";
    /** After a sign-up: {@code ?registered}, which the page confirms. */
    public static final String REGISTERED = "registered";
    /** The "keep me signed in" box: the form field, and the cookie of a remembered device. */
    public static final String REMEMBER_ME = "remember-me";

    private SignInPage() {}
}
