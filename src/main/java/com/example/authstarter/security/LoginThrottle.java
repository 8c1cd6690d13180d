package com.example.authstarter.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Per account: after {@value #FREE_FAILURES} consecutive failures each further
 * attempt must wait, from 1 s doubling to at most 15 min, after the last failure; at
 * {@value #LOCKOUT_FAILURES} the account is locked (NIST 800-63B's limit). Per client address: at most
 * {@value #ADDRESS_ATTEMPTS_PER_MINUTE} attempts a minute, whatever the account. The counters live in
 * MongoDB and are updated atomically, so several app instances enforce one limit.
 */
@Component
class LoginThrottle implements SmartInitializingSingleton {

    static final int FREE_FAILURES = 5;
    static final int LOCKOUT_FAILURES = 100;
    static final int ADDRESS_ATTEMPTS_PER_MINUTE = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    // Long enough that pausing does not reset the count towards the lockout; a success resets it.
    static final Duration ACCOUNT_MEMORY = Duration.ofDays(30);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final int addressAttemptsPerMinute;

    /**
     * @param addressAttemptsPerMinute the per-address limit; raised only for load benchmarks, whose clients
     *     all come from one address
     */
    LoginThrottle(
            MongoTemplate mongo,
            Clock clock,
            @Value("${app.security.throttle.address-attempts-per-minute:" + ADDRESS_ATTEMPTS_PER_MINUTE + "}")
                    int addressAttemptsPerMinute) {
        this.mongo = mongo;
        this.clock = clock;
        this.addressAttemptsPerMinute = addressAttemptsPerMinute;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(LoginAttempts.class)
                .createIndex(new Index(LoginAttempts.EXPIRE_AT, Sort.Direction.ASC)
                        .expire(Duration.ZERO)
                        .named("expire_at"));
    }

    /** Counts this attempt against the address and says whether the address is over its limit. */
    boolean addressOverLimit(String address) {
        var now = clock.instant();
        long minute = now.getEpochSecond() / 60;
        var counted = mongo.findAndModify(
                Query.query(Criteria.where("_id").is("address:" + address + ":" + minute)),
                new Update()
                        .inc(LoginAttempts.COUNT, 1)
                        .set(LoginAttempts.LAST_AT, now)
                        .set(LoginAttempts.EXPIRE_AT, Instant.ofEpochSecond((minute + 2) * 60)),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                LoginAttempts.class);
        return counted != null && counted.count() > addressAttemptsPerMinute;
    }

    /** Whether the account must wait before it may try again, or is already past the lockout count. */
    boolean accountMustWait(String accountKey) {
        var failures = mongo.findById(accountId(accountKey), LoginAttempts.class);
        if (failures == null || failures.count() < FREE_FAILURES) {
            return false;
        }
        return failures.count() >= LOCKOUT_FAILURES
                || clock.instant().isBefore(failures.lastAt().plus(waitAfter(failures.count())));
    }

    /** Records a failed attempt; returns the number of consecutive failures now on the account. */
    int recordFailure(String accountKey) {
        var now = clock.instant();
        var counted = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(accountId(accountKey))),
                new Update()
                        .inc(LoginAttempts.COUNT, 1)
                        .set(LoginAttempts.LAST_AT, now)
                        .set(LoginAttempts.EXPIRE_AT, now.plus(ACCOUNT_MEMORY)),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                LoginAttempts.class);
        return counted == null ? 1 : counted.count();
    }

    /** Forgets the account's failures: after a successful sign-in, or when an administrator unlocks it. */
    void reset(String accountKey) {
        mongo.remove(Query.query(Criteria.where("_id").is(accountId(accountKey))), LoginAttempts.class);
    }

    /** The wait after the given number of consecutive failures: none up to five, then 1 s, 2 s, 4 s … 15 min. */
    static Duration waitAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = failures - FREE_FAILURES;
        if (doublings >= 10) {
            return MAX_WAIT;
        }
        var wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static String accountId(String accountKey) {
        return "account:" + accountKey;
    }
}
