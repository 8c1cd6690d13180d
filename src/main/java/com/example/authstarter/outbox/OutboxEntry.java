package com.example.authstarter.outbox;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One piece of promised work.
 *
 * @param kind which {@link OutboxHandler} carries it out
 * @param payload what the handler needs, as text (never a secret: a mail's link is a secret, and a mail is
 *     deleted a while after it is sent)
 * @param claimedUntil an instance working on it holds it until then; after a crash it is free again
 * @param doneAt when it succeeded, or was given up after too many attempts ({@code failed})
 * @param expireAt when a finished entry is swept
 */
@Document(OutboxEntry.COLLECTION)
record OutboxEntry(
        @Id String id,
        String kind,
        Map<String, String> payload,
        Instant createdAt,
        int attempts,
        Instant nextAttemptAt,
        Instant claimedUntil,
        String claimedBy,
        String lastError,
        Instant doneAt,
        boolean failed,
        Instant expireAt) {

    static final String COLLECTION = "outbox";
    static final String ATTEMPTS = "attempts";
    static final String NEXT_ATTEMPT_AT = "nextAttemptAt";
    static final String CLAIMED_UNTIL = "claimedUntil";
    static final String CLAIMED_BY = "claimedBy";
    static final String LAST_ERROR = "lastError";
    static final String DONE_AT = "doneAt";
    static final String FAILED = "failed";
    static final String EXPIRE_AT = "expireAt";

    static OutboxEntry of(String kind, Map<String, String> payload, Instant now) {
        return new OutboxEntry(null, kind, payload, now, 0, now, null, null, null, null, false, null);
    }
}
