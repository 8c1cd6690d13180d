package com.example.authstarter.twostep;

import java.time.Instant;

/** What an authenticator app shows for a secret, for tests outside this package and outside Spring. */
public final class AuthenticatorApp {

    private AuthenticatorApp() {}

    /** The code {@code stepsLater} 30-second steps after {@code at}; the secret as shown, spaces allowed. */
    public static String code(String secret, Instant at, int stepsLater) {
        return Totp.code(Base32.decode(secret), Totp.step(at) + stepsLater);
    }
}
