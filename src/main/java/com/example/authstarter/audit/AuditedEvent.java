package com.example.authstarter.audit;

import com.example.authstarter.base.ClientAddress;

/**
 * A fact a feature announces (an application event) that the audit log records: every feature's events
 * implement it, so the log records them without knowing the features, and a feature can be taken out without
 * touching the log. Sign-ins and sign-outs come from Spring Security's own events instead.
 */
public interface AuditedEvent {

    SecurityEvent.Type auditType();

    /** The account it happened to (as typed at a sign-in, which may name no account). */
    String username();

    /** Where the request came from, when the fact came from a request that says so. */
    default String clientAddress() {
        return ClientAddress.UNKNOWN;
    }

    /** The administrator who acted on the account, or null when it was the person themselves. */
    default String actor() {
        return null;
    }

    /** The organization it happened in, as people read it ("Acme (acme)"), or null when it concerns no one. */
    default String organization() {
        return null;
    }
}
