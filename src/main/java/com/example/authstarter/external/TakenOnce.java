package com.example.authstarter.external;

import jakarta.servlet.http.HttpSession;

/** What a trip to a provider leaves in the session for one later request: read once, and gone then. */
final class TakenOnce {

    private TakenOnce() {}

    /** The value kept under {@code attribute}, removed from the session; null when there is none (or no session). */
    static <T> T take(HttpSession session, String attribute, Class<T> type) {
        if (session == null || !type.isInstance(session.getAttribute(attribute))) {
            return null;
        }
        var value = type.cast(session.getAttribute(attribute));
        session.removeAttribute(attribute);
        return value;
    }
}
