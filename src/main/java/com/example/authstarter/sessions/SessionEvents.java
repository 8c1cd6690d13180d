package com.example.authstarter.sessions;

import com.example.authstarter.audit.AuditedEvent;
import com.example.authstarter.audit.SecurityEvent.Type;
import com.example.authstarter.user.NoticeToOwner;

/** What the sessions feature announces, one event per fact; the audit log and the owner's mail follow. */
public final class SessionEvents {

    private SessionEvents() {}

    /**
     * A "keep me signed in" cookie was used again after it had been replaced: it was copied. Every sign-in of the
     * account was ended.
     */
    public record RememberedCookieReused(String username, String clientAddress) implements AuditedEvent, NoticeToOwner {
        @Override
        public Type auditType() {
            return Type.REMEMBERED_COOKIE_REUSED;
        }

        @Override
        public String notice() {
            return "notice-cookie-reused";
        }
    }

    /** An administrator ({@code by}) ended every session and remembered device of the account. */
    public record EndedByAdmin(String username, String by) implements AuditedEvent {
        @Override
        public Type auditType() {
            return Type.SESSIONS_ENDED_BY_ADMIN;
        }

        @Override
        public String actor() {
            return by;
        }
    }
}
