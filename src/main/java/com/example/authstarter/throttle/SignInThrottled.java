package com.example.authstarter.throttle;

import com.example.authstarter.audit.AuditedEvent;
import com.example.authstarter.audit.SecurityEvent.Type;

/** An attempt was refused unheard, because the account (or the name) or the address must wait. */
public record SignInThrottled(String username, String clientAddress) implements AuditedEvent {

    @Override
    public Type auditType() {
        return Type.LOGIN_THROTTLED;
    }
}
