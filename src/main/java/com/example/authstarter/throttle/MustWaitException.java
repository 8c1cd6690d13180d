package com.example.authstarter.throttle;

import java.time.Duration;
import org.springframework.security.authentication.BadCredentialsException;

/**
 * A sign-in refused unheard, because the account (or a name that is no account: both are counted alike) or
 * the client's address must wait after too many failures. The person is told how long; that says nothing
 * about whether the account exists.
 */
public final class MustWaitException extends BadCredentialsException {

    private final Duration wait;

    MustWaitException(Duration wait) {
        super("Too many failed attempts; wait " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    /** The wait in whole seconds, at least one: what the sign-in page shows. */
    public long seconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
