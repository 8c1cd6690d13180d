package com.example.authstarter.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A counter of sign-in attempts, shared by every instance of the app through MongoDB. Its id says what it
 * counts: {@code account:<username key>} (consecutive failures) or {@code address:<ip>:<minute>} (all
 * attempts from one address in one minute). A TTL index removes it at {@code expireAt}.
 */
@Document("login_attempts")
record LoginAttempts(@Id String id, int count, Instant lastAt, Instant expireAt) {

    static final String COUNT = "count";
    static final String LAST_AT = "lastAt";
    static final String EXPIRE_AT = "expireAt";
}
