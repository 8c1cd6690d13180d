package com.example.authstarter.throttle;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An account's count of consecutive failed sign-ins, shared by every instance of the app through MongoDB;
 * its id is {@code account:<username key>}. It is swept at {@code expireAt}.
 */
@Document(FailedSignIns.COLLECTION)
record FailedSignIns(@Id String id, int count, Instant lastAt, Instant expireAt) {

    static final String COLLECTION = "login_attempts";
    static final String COUNT = "count";
    static final String LAST_AT = "lastAt";
    static final String EXPIRE_AT = "expireAt";
}
