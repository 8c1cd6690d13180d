package com.example.authstarter.external;

import com.example.authstarter.audit.AuditedEvent;
import com.example.authstarter.audit.SecurityEvent.Type;
import com.example.authstarter.user.NoticeToOwner;
import java.util.Optional;

/** What signing in with other providers announces, one event per fact; the audit log and the owner's mail follow. */
public final class ExternalEvents {

    /** The page of "My account" that lists connected accounts ({@code account/ui/AccountPage.CONNECTED}). */
    static final String CONNECTED_PAGE = "/account/connected";

    private ExternalEvents() {}

    /** An identity at {@code provider} now signs in to the account. */
    public record Linked(String username, String provider) implements AuditedEvent, NoticeToOwner {
        @Override
        public Type auditType() {
            return Type.EXTERNAL_LINKED;
        }

        @Override
        public String notice() {
            return "notice-external-linked";
        }

        @Override
        public Optional<String> settingsPage() {
            return Optional.of(CONNECTED_PAGE);
        }
    }

    /** The identity at {@code provider} signs in to the account no more. */
    public record Unlinked(String username, String provider) implements AuditedEvent, NoticeToOwner {
        @Override
        public Type auditType() {
            return Type.EXTERNAL_UNLINKED;
        }

        @Override
        public String notice() {
            return "notice-external-unlinked";
        }

        @Override
        public Optional<String> settingsPage() {
            return Optional.of(CONNECTED_PAGE);
        }
    }

    /** A sign-in with another provider was refused or failed. */
    public record Refused(String username, String clientAddress) implements AuditedEvent {
        @Override
        public Type auditType() {
            return Type.EXTERNAL_LOGIN_FAILURE;
        }
    }
}
