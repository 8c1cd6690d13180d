package com.example.authstarter.external;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;

/**
 * An identity from another provider whose address an account has, waiting in the browser's session for the
 * person to prove that account (its password or passkey, and its code): the next sign-in to that account in
 * this session links it; a sign-in to any other account drops it.
 */
record PendingLink(ExternalProfile profile, String username) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String ATTRIBUTE = PendingLink.class.getName();

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    static PendingLink takeFrom(HttpSession session) {
        return TakenOnce.take(session, ATTRIBUTE, PendingLink.class);
    }
}
