package com.example.authstarter.throttle;

import com.example.authstarter.user.AccountCredentials;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every check that can be guessed at — a password, a second-step code — does around itself, so all count
 * against the same limits in the same way: no attempt while the account or the address must wait, a failure
 * counted (locking the account out at the limit), the count cleared on success. A refusal unheard is announced
 * for the audit log ({@link SignInThrottled}).
 */
@Component
public class GuessLimits {

    private final SignInThrottle throttle;
    private final AccountCredentials credentials;
    private final ApplicationEventPublisher events;

    public GuessLimits(SignInThrottle throttle, AccountCredentials credentials, ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.credentials = credentials;
        this.events = events;
    }

    /**
     * Lets an attempt on {@code username}'s account from {@code address} go ahead.
     *
     * @throws MustWaitException while the account or the address must wait
     */
    public Attempt admit(String username, String address) {
        // "alice" and her email address share one count of failures.
        var accountKey = credentials.throttleKey(username);
        var admission = throttle.admission(accountKey, address);
        if (admission.mustWait().isPositive()) {
            events.publishEvent(new SignInThrottled(username, address));
            throw new MustWaitException(admission.mustWait());
        }
        return new Attempt(username, accountKey, address, admission.failuresOnRecord());
    }

    /**
     * Whether {@code username}'s account must wait now: after a failure, to say so at once rather than at the
     * next try.
     */
    public boolean mustWait(String username) {
        return throttle.accountWait(credentials.throttleKey(username)).isPositive();
    }

    /** One admitted attempt, to be told how it went. */
    public final class Attempt {

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
        public void failed() {
            if (throttle.recordFailureReachingLockout(accountKey, address)) {
                credentials.lockOut(username, address);
            }
        }

        /**
         * A right guess: the account's count starts again. With no failure on record when the attempt was
         * admitted there is nothing to forget, and a sign-in saves a database write; a failure someone else
         * made in the meantime stays counted, as it would had it come a moment later.
         */
        public void succeeded() {
            if (failuresOnRecord) {
                throttle.reset(accountKey);
            }
        }
    }
}
