package com.example.authstarter.passkey;

import com.example.authstarter.audit.AuditedEvent;
import com.example.authstarter.audit.SecurityEvent.Type;
import com.example.authstarter.user.NoticeToOwner;
import java.util.Optional;

/** What the passkey feature announces, one event per fact; the audit log and the owner's mail follow. */
public final class PasskeyEvents {

    private PasskeyEvents() {}

    /** A passkey was added to the account, under the name its owner gave it. */
    public record Added(String username, String name) implements AuditedEvent, NoticeToOwner {
        @Override
        public Type auditType() {
            return Type.PASSKEY_ADDED;
        }

        @Override
        public String notice() {
            return "notice-passkey-added";
        }

        @Override
        public Optional<String> settingsPage() {
            return Optional.of(SECURITY_PAGE);
        }
    }

    /** A passkey was removed from the account: it signs in no more. */
    public record Removed(String username, String name) implements AuditedEvent, NoticeToOwner {
        @Override
        public Type auditType() {
            return Type.PASSKEY_REMOVED;
        }

        @Override
        public String notice() {
            return "notice-passkey-removed";
        }

        @Override
        public Optional<String> settingsPage() {
            return Optional.of(SECURITY_PAGE);
        }
    }
}
