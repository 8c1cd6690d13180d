package com.example.authstarter.twostep;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * Kept in the (not yet signed-in) session between the first step of signing in and the code: who passed it,
 * whether they asked to be kept signed in, and when. It lapses after {@link #LIFETIME}.
 */
public record PendingSecondStep(String username, boolean rememberMe, Instant since) implements Serializable {

    public static final String ATTRIBUTE = PendingSecondStep.class.getName();
    static final Duration LIFETIME = Duration.ofMinutes(5);

    public boolean isCurrent(Instant now) {
        return now.isBefore(since.plus(LIFETIME));
    }
}
