package com.example.authstarter.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Counts uses of something in fixed windows of time, in MongoDB, so that every instance of the app counts
 * against one limit: sign-in attempts per client address, mails per account, requests for links per address.
 * The counters are swept when their window has passed ({@link ExpiringCollection}).
 */
@Component
public class RateLimits {

    static final String COLLECTION = "rate_limits";
    static final String EXPIRE_AT = "expireAt";

    private final MongoTemplate mongo;
    private final Clock clock;

    RateLimits(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Counts one more use of {@code key} in the current window; true while that is within the limit. */
    public boolean allow(String key, int limit, Duration window) {
        var now = clock.instant();
        long windowNumber = now.toEpochMilli() / window.toMillis();
        var windowEnd = Instant.ofEpochMilli((windowNumber + 1) * window.toMillis());
        var counted = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(key + ":" + windowNumber)),
                new Update().inc("count", 1).set(EXPIRE_AT, windowEnd),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class,
                COLLECTION);
        return counted != null && counted.getInteger("count", 0) <= limit;
    }
}
