package com.example.authstarter.security;

import com.example.authstarter.user.AccountCredentials;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What every check that can be guessed at — a password ({@link GuardedLogin}), a second-step code ({@link
 * TwoStepCodeCheck}) — does around itself, so both count against the same limits in the same way: no attempt
 * while the account or the address must wait, a failure counted (locking the account out at the limit), the
 * count cleared on success. Each refusal is announced for the audit log.
 */
final class GuessLimits {

    private final LoginThrottle throttle;
    private final AccountCredentials credentials;
    private final ApplicationEventPublisher events;

    GuessLimits(LoginThrottle throttle, AccountCredentials credentials, ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.credentials = credentials;
        this.events = events;
    }

    /**
     * Lets an attempt on {@code username}'s account from {@code address} go ahead.
     *
     * @throws MustWaitException while the account or the address must wait
     */
    Attempt admit(String username, String address) {
        // "alice" and her email address share one count of failures.
        var accountKey = credentials.throttleKey(username);
        var admission = throttle.admission(accountKey, address);
        if (admission.mustWait().isPositive()) {
            events.publishEvent(new LoginThrottled(username, address));
            throw new MustWaitException(admission.mustWait());
        }
        return new Attempt(username, accountKey, address, admission.failuresOnRecord());
    }

    /** One admitted attempt, to be told how it went. */
    final class Attempt {

        private final String username;
        private final String accountKey;
        private final String address;
        private final boolean failuresOnRecord;

        private Attempt(String username, String accountKey, String address, boolean failuresOnRecord) {
            this.username = username;
            this.accountKey = accountKey;
            this.address = address;
            this.failuresOnRecord = failuresOnRecord;
        }

        /** A wrong guess: counted, and at the limit the account is locked out. */
        void failed() {
            if (throttle.recordFailureReachingLockout(accountKey, address)) {
                credentials.lockOut(username);
                events.publishEvent(new AccountLockedOut(username, address));
            }
        }

        /**
         * A right guess: the account's count starts again. With no failure on record when the attempt was
         * admitted there is nothing to forget, and a sign-in saves a database write; a failure someone else
         * made in the meantime stays counted, as it would had it come a moment later.
         */
        void succeeded() {
            if (failuresOnRecord) {
                throttle.reset(accountKey);
            }
        }
    }
}
