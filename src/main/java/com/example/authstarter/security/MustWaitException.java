package com.example.authstarter.security;

import java.time.Duration;
import org.springframework.security.authentication.BadCredentialsException;

/**
 * A sign-in refused unheard, because the account (or a name that is no account: both are counted alike) or
 * the client's address must wait after too many failures. The person is told how long; that says nothing
 * about whether the account exists.
 */
public final class MustWaitException extends BadCredentialsException {

    /** The sign-in page's parameter for the seconds to wait: {@code /login?wait=N}. */
    public static final String PARAMETER = "wait";

    private final Duration wait;

    MustWaitException(Duration wait) {
        super("Too many failed attempts; wait " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    public Duration waitFor() {
        return wait;
    }

    /** The wait in whole seconds, at least one: what the sign-in page shows. */
    public long seconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
