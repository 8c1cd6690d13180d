package com.example.authstarter.testing;

import com.example.authstarter.twostep.TwoStep;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns two-step sign-in on for tests, and makes the codes an authenticator app would show. */
@Component
public class TwoStepFixtures {

    private final TwoStep twoStep;
    private final Clock clock;

    TwoStepFixtures(TwoStep twoStep, Clock clock) {
        this.twoStep = twoStep;
        this.clock = clock;
    }

    /** A turned-on account: its secret (as the app would keep it) and its recovery codes. */
    public record App(String secret, List<String> recoveryCodes) {}

    public App turnOn(String username) {
        var setup = twoStep.begin(username);
        var codes = twoStep.confirm(username, codeFor(setup.secret(), 0)).orElseThrow();
        return new App(setup.secret(), codes);
    }

    /** The code the app shows {@code stepsLater} 30-second steps from now. */
    public String codeFor(String secret, int stepsLater) {
        return AuthenticatorApp.code(secret, clock.instant(), stepsLater);
    }
}
