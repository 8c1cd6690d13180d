package com.example.authstarter.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
    private static final String USES = "uses";

    private final MongoTemplate mongo;
    private final Clock clock;

    RateLimits(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Counts one more use of {@code key} in the current window; true while that is within the limit. */
    public boolean allow(String key, int limit, Duration window) {
        return increment(key, window) <= limit;
    }

    /** Counts one use of {@code key} in the current window, without judging it: the limit is asked apart. */
    public void count(String key, Duration window) {
        increment(key, window);
    }

    /**
     * How long {@code key} must still wait because it was counted {@code limit} times in the current window:
     * until the window ends, or zero when it has not reached the limit.
     */
    public Duration waitIfReached(String key, int limit, Duration window) {
        var current = Window.of(clock.instant(), window);
        var counted = mongo.findById(key + ":" + current.number(), Document.class, COLLECTION);
        if (counted == null || counted.getInteger("count", 0) < limit) {
            return Duration.ZERO;
        }
        return Duration.between(clock.instant(), current.end());
    }

    /**
     * Counts the use named {@code use} against {@code key}'s limit in the current window, once: asking again
     * for the same use (a retried job) gives the same answer and counts nothing more.
     */
    public boolean allowOnce(String key, String use, int limit, Duration window) {
        var current = Window.of(clock.instant(), window);
        var id = key + ":" + current.number();
        mongo.upsert(
                Query.query(Criteria.where("_id").is(id)),
                new Update().setOnInsert(EXPIRE_AT, current.end()),
                COLLECTION);
        // Added only while there is room: the list never holds more than the limit.
        mongo.updateFirst(
                Query.query(Criteria.where("_id")
                        .is(id)
                        .and(USES + "." + (limit - 1))
                        .exists(false)),
                new Update().addToSet(USES, use),
                COLLECTION);
        var counted = mongo.findById(id, Document.class, COLLECTION);
        return counted != null && counted.getList(USES, String.class, List.of()).contains(use);
    }

    private int increment(String key, Duration window) {
        var current = Window.of(clock.instant(), window);
        var counted = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(key + ":" + current.number())),
                new Update().inc("count", 1).set(EXPIRE_AT, current.end()),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class,
                COLLECTION);
        return counted == null ? 0 : counted.getInteger("count", 0);
    }

    /** A fixed window of time: its number since the epoch and when it ends. */
    private record Window(long number, Instant end) {

        static Window of(Instant now, Duration length) {
            long number = now.toEpochMilli() / length.toMillis();
            return new Window(number, Instant.ofEpochMilli((number + 1) * length.toMillis()));
        }
    }
}
