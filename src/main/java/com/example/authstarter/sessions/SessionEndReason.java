package com.example.authstarter.sessions;

/**
 * Why a signed-in session was ended from outside it; the sign-in page tells the person, in their language
 * ({@code login.ended.<name>}).
 */
public enum SessionEndReason {
    /** The person signed it out from another session's account page. */
    ENDED_BY_USER,
    /** "Sign out everywhere else", from another session. */
    SIGNED_OUT_ELSEWHERE,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    ACCOUNT_LOCKED,
    ACCOUNT_DELETED,
    /** The roles the session signed in with changed; signing in again picks up the new ones. */
    ROLES_CHANGED,
    /** An administrator ended the user's sessions. */
    ENDED_BY_ADMIN,
    /** An old "keep me signed in" cookie was used again: possibly stolen, so every sign-in was ended. */
    REMEMBERED_COOKIE_REUSED;

    /**
     * The attribute of the fresh session, started for the refused request, that tells the sign-in page why;
     * the page removes it once shown.
     */
    public static final String NOTICE = SessionEndReason.class.getName();

    /** The translation key of what the sign-in page says. */
    public String textKey() {
        return "login.ended." + name();
    }
}
