package com.example.authstarter.external;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;

/**
 * What a signed-in person went to a provider for, kept in the session until the provider sends them back:
 * to connect the identity there to their account, or to confirm it is them before a sensitive change. Without
 * one, coming back from a provider is a sign-in. The page to return to is one of the app's own.
 *
 * @param username the signed-in account it was asked for; the answer applies only while it is still signed in
 */
record ExternalIntent(Kind kind, String username, String returnTo) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = ExternalIntent.class.getName();

    enum Kind {
        CONNECT,
        CONFIRM
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    /** The intent, removed from the session: it is used once. */
    static ExternalIntent takeFrom(HttpSession session) {
        return TakenOnce.take(session, ATTRIBUTE, ExternalIntent.class);
    }
}
