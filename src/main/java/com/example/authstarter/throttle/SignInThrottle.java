package com.example.authstarter.throttle;

import com.example.authstarter.base.Concurrently;
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
 * lockout count the account is locked (and stays so after the wait). Per client address: a limit of failures
 * a minute, whatever the account. The counters live in MongoDB and are updated atomically, so several app
 * instances enforce one limit. Checks use it through {@link GuessLimits}.
 */
@Component
public class SignInThrottle {

    private final MongoTemplate mongo;
    private final RateLimits rateLimits;
    private final Clock clock;
    private final ThrottleSettings settings;

    SignInThrottle(MongoTemplate mongo, RateLimits rateLimits, Clock clock, ThrottleSettings settings) {
        this.mongo = mongo;
        this.rateLimits = rateLimits;
        this.clock = clock;
        this.settings = settings;
    }

    /** Counters are forgotten a while after the last failure ({@link ThrottleSettings#accountMemory()}). */
    @Bean
    static ExpiringCollection expiringFailedSignIns() {
        return ExpiringCollection.at(FailedSignIns.COLLECTION, FailedSignIns.EXPIRE_AT, "expire_at");
    }

    /**
     * What the throttle says before an attempt: how long it must wait ({@link Admission#mustWait()}: until the
     * account's wait after its last failure is over, or the address's window of failures ends, whichever is
     * later; zero when it may be tried now — the same for an unknown name as for an account, as both are
     * counted alike), and whether the account had failures on record.
     */
    public Admission admission(String accountKey, String address) {
        // Two reads that do not depend on each other, made at once: one round trip of waiting, not two.
        var addressCount = Concurrently.start(() -> rateLimits.waitIfReached(
                addressKey(address), settings.addressFailuresPerMinute(), Duration.ofMinutes(1)));
        var failures = mongo.findById(accountId(accountKey), FailedSignIns.class);
        var accountWait = accountWait(failures);
        var addressWait = addressCount.join();
        return new Admission(accountWait.compareTo(addressWait) >= 0 ? accountWait : addressWait, failures != null);
    }

    /** See {@link #admission}. */
    public record Admission(Duration mustWait, boolean failuresOnRecord) {}

    /** How long the account must still wait before its next attempt; zero when it need not. */
    public Duration accountWait(String accountKey) {
        return accountWait(mongo.findById(accountId(accountKey), FailedSignIns.class));
    }

    private Duration accountWait(FailedSignIns failures) {
        if (failures == null) {
            return Duration.ZERO;
        }
        var until = failures.lastAt().plus(waitAfter(failures.count()));
        var now = clock.instant();
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    /**
     * Records a failed attempt against the account and the address; returns whether it was the one that
     * reached the lockout count. Only failures count: colleagues signing in behind one address never use up
     * its limit.
     */
    public boolean recordFailureReachingLockout(String accountKey, String address) {
        rateLimits.count(addressKey(address), Duration.ofMinutes(1));
        var now = clock.instant();
        var counted = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(accountId(accountKey))),
                new Update()
                        .inc(FailedSignIns.COUNT, 1)
                        .set(FailedSignIns.LAST_AT, now)
                        .set(FailedSignIns.EXPIRE_AT, now.plus(settings.accountMemory())),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                FailedSignIns.class);
        return counted != null && counted.count() == settings.lockoutFailures();
    }

    /** Forgets the account's failures: after a successful sign-in, or when an administrator unlocks it. */
    public void reset(String accountKey) {
        mongo.remove(Query.query(Criteria.where("_id").is(accountId(accountKey))), FailedSignIns.class);
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

    private static String addressKey(String address) {
        return "sign-in-failures:" + address;
    }

    private static String accountId(String accountKey) {
        return "account:" + accountKey;
    }
}
