package com.example.authstarter.twostep;

import com.example.authstarter.audit.AuditedEvent;
import com.example.authstarter.audit.SecurityEvent.Type;
import com.example.authstarter.user.NoticeToOwner;
import java.util.Optional;

/** What two-step sign-in announces, one event per fact; the audit log and the owner's mail follow. */
public final class TwoStepEvents {

    private TwoStepEvents() {}

    /** Two-step sign-in was turned on: a code is asked for after the password from now on. */
    public record TurnedOn(String username) implements AuditedEvent, NoticeToOwner {
        @Override
        public Type auditType() {
            return Type.TWO_STEP_ON;
        }

        @Override
        public String notice() {
            return "notice-two-step-on";
        }

        @Override
        public Optional<String> settingsPage() {
            return Optional.of(SECURITY_PAGE);
        }
    }

    /** Two-step sign-in was turned off; turned off by someone with the password only, the owner must hear of it. */
    public record TurnedOff(String username) implements AuditedEvent, NoticeToOwner {
        @Override
        public Type auditType() {
            return Type.TWO_STEP_OFF;
        }

        @Override
        public String notice() {
            return "notice-two-step-off";
        }

        @Override
        public Optional<String> settingsPage() {
            return Optional.of(SECURITY_PAGE);
        }
    }

    /** New recovery codes replaced the old ones. */
    public record RecoveryCodesRenewed(String username) implements AuditedEvent {
        @Override
        public Type auditType() {
            return Type.RECOVERY_CODES_RENEWED;
        }
    }

    /** A recovery code was used to sign in; {@code left} remain. */
    public record RecoveryCodeUsed(String username, int left) implements AuditedEvent, NoticeToOwner {
        @Override
        public Type auditType() {
            return Type.RECOVERY_CODE_USED;
        }

        @Override
        public String notice() {
            return "notice-recovery-code-used";
        }

        @Override
        public Optional<String> settingsPage() {
            return Optional.of(SECURITY_PAGE);
        }
    }
}
