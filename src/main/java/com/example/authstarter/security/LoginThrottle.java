package com.example.authstarter.security;

import com.example.authstarter.base.ExpiringCollection;
import com.example.authstarter.base.RateLimits;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing ({@link ThrottleSettings} has the numbers). Per account: after a few
 * consecutive failures each further attempt must wait, doubling up to a cap, after the last failure; at the
 * lockout count the account is locked. Per client address: a limit of attempts a minute, whatever the
 * account. The counters live in MongoDB and are updated atomically, so several app instances enforce one
 * limit.
 */
@Component
class LoginThrottle {

    private final MongoTemplate mongo;
    private final RateLimits rateLimits;
    private final Clock clock;
    private final ThrottleSettings settings;

    LoginThrottle(MongoTemplate mongo, RateLimits rateLimits, Clock clock, ThrottleSettings settings) {
        this.mongo = mongo;
        this.rateLimits = rateLimits;
        this.clock = clock;
        this.settings = settings;
    }

    /** Counters are forgotten a while after the last failure ({@link ThrottleSettings#accountMemory()}). */
    @Bean
    static ExpiringCollection expiringLoginAttempts() {
        return ExpiringCollection.at(LoginAttempts.COLLECTION, LoginAttempts.EXPIRE_AT, "expire_at");
    }

    /** Counts this attempt against the address and says whether the address is over its limit. */
    boolean addressOverLimit(String address) {
        return !rateLimits.allow("sign-in:" + address, settings.addressAttemptsPerMinute(), Duration.ofMinutes(1));
    }

    /** Whether the account must wait before it may try again, or is already past the lockout count. */
    boolean accountMustWait(String accountKey) {
        var failures = mongo.findById(accountId(accountKey), LoginAttempts.class);
        if (failures == null || failures.count() < settings.freeFailures()) {
            return false;
        }
        return failures.count() >= settings.lockoutFailures()
                || clock.instant().isBefore(failures.lastAt().plus(waitAfter(failures.count())));
    }

    /** Records a failed attempt; returns whether it was the one that reached the lockout count. */
    boolean recordFailureReachingLockout(String accountKey) {
        var now = clock.instant();
        var counted = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(accountId(accountKey))),
                new Update()
                        .inc(LoginAttempts.COUNT, 1)
                        .set(LoginAttempts.LAST_AT, now)
                        .set(LoginAttempts.EXPIRE_AT, now.plus(settings.accountMemory())),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                LoginAttempts.class);
        return counted != null && counted.count() == settings.lockoutFailures();
    }

    /** Forgets the account's failures: after a successful sign-in, or when an administrator unlocks it. */
    void reset(String accountKey) {
        mongo.remove(Query.query(Criteria.where("_id").is(accountId(accountKey))), LoginAttempts.class);
    }

    /** The wait after the given number of consecutive failures: none for the free ones, then doubling. */
    Duration waitAfter(int failures) {
        if (failures < settings.freeFailures()) {
            return Duration.ZERO;
        }
        int doublings = failures - settings.freeFailures();
        var cap = settings.maxWait();
        // Past 30 doublings any first wait is over the cap, and shifting further would overflow.
        if (doublings >= 30) {
            return cap;
        }
        var wait = settings.firstWait().multipliedBy(1L << doublings);
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    private static String accountId(String accountKey) {
        return "account:" + accountKey;
    }
}
