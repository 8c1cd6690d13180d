package com.example.authstarter.sessions;

import java.util.Date;
import org.springframework.security.core.session.SessionInformation;

/** A session that was ended from outside it, and why; the sign-in page says why ({@code reason} null: gone). */
final class EndedSession extends SessionInformation {

    private final SessionEndReason reason;

    EndedSession(Object principal, String sessionId, Date lastRequest, SessionEndReason reason) {
        super(principal, sessionId, lastRequest);
        this.reason = reason;
        expireNow();
    }

    SessionEndReason reason() {
        return reason;
    }
}
