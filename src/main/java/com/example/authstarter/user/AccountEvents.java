package com.example.authstarter.user;

import com.example.authstarter.audit.AuditedEvent;
import com.example.authstarter.audit.SecurityEvent.Type;
import java.time.Instant;
import java.util.Optional;

/**
 * What the user feature announces about accounts, one event per fact, so that sessions, the throttle, notices
 * by mail and the audit log follow without the user feature knowing about them. Each event says itself whether
 * it is audited ({@link AuditedEvent}) and whether the owner is told by mail ({@link NoticeToOwner}).
 */
public final class AccountEvents {

    private AccountEvents() {}

    /** A new account was stored. */
    public record Registered(String username, Instant at) implements AuditedEvent {
        @Override
        public Type auditType() {
            return Type.REGISTRATION;
        }
    }

    /** The password was changed; every session but {@code keepSessionId} (null: none) must end. */
    public record PasswordChanged(String username, String keepSessionId) implements AuditedEvent, NoticeToOwner {
        @Override
        public Type auditType() {
            return Type.PASSWORD_CHANGED;
        }

        @Override
        public String notice() {
            return "notice-password-changed";
        }

        @Override
        public Optional<String> settingsPage() {
            return Optional.of(SESSIONS_PAGE);
        }
    }

    /** A new password was set through a reset link; every session and device must end, the wait too. */
    public record PasswordReset(String username) implements AuditedEvent, NoticeToOwner {
        @Override
        public Type auditType() {
            return Type.PASSWORD_RESET;
        }

        @Override
        public String notice() {
            return "notice-password-changed";
        }
    }

    /**
     * A move to a new address was asked for; it happens when the link sent there is opened. The notice goes to
     * the address in force, which is still the old one.
     */
    public record EmailChangeRequested(String username) implements AuditedEvent, NoticeToOwner {
        @Override
        public Type auditType() {
            return Type.EMAIL_CHANGE_REQUESTED;
        }

        @Override
        public String notice() {
            return "notice-email-change";
        }

        @Override
        public Optional<String> settingsPage() {
            return Optional.of(EMAIL_PAGE);
        }
    }

    /** The email address was changed (confirmed from the new address). */
    public record EmailChanged(String username) implements AuditedEvent {
        @Override
        public Type auditType() {
            return Type.EMAIL_CHANGED;
        }
    }

    /** The address was shown to reach its owner. */
    public record EmailVerified(String username) implements AuditedEvent {
        @Override
        public Type auditType() {
            return Type.EMAIL_VERIFIED;
        }
    }

    /** The account and its data are gone; every session and device must end, and its audit trail goes too. */
    public record AccountDeleted(String username) implements AuditedEvent {
        @Override
        public Type auditType() {
            return Type.ACCOUNT_DELETED;
        }
    }

    /** An administrator ({@code by}) locked the account. */
    public record AccountLocked(String username, String by) implements AuditedEvent {
        @Override
        public Type auditType() {
            return Type.LOCKED_BY_ADMIN;
        }

        @Override
        public String actor() {
            return by;
        }
    }

    /** Repeated failed sign-ins (the last from {@code clientAddress}) locked the account. */
    public record LockedOut(String username, String clientAddress) implements AuditedEvent, NoticeToOwner {
        @Override
        public Type auditType() {
            return Type.LOCKOUT;
        }

        @Override
        public String notice() {
            return "notice-locked-out";
        }
    }

    /** An administrator ({@code by}) unlocked the account; its count of failed sign-ins starts again at zero. */
    public record AccountUnlocked(String username, String by) implements AuditedEvent {
        @Override
        public Type auditType() {
            return Type.UNLOCKED_BY_ADMIN;
        }

        @Override
        public String actor() {
            return by;
        }
    }

    /**
     * The account's roles changed ({@code by} who or what); its sessions carry the old ones and must end.
     *
     * @param admin whether the account is an administrator now
     */
    public record RolesChanged(String username, String by, boolean admin) implements AuditedEvent, NoticeToOwner {
        @Override
        public Type auditType() {
            return Type.ROLES_CHANGED;
        }

        @Override
        public String actor() {
            return by;
        }

        @Override
        public String notice() {
            return admin ? "notice-admin-granted" : "notice-admin-removed";
        }
    }
}
