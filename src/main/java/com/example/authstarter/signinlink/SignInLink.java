package com.example.authstarter.signinlink;

import java.time.Instant;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;

/** A sign-in link's token, with the address it was sent to: opening it proves that address reaches its owner. */
final class SignInLink extends DefaultOneTimeToken {

    private final String email;

    SignInLink(String token, String username, Instant expiresAt, String email) {
        super(token, username, expiresAt);
        this.email = email;
    }

    String email() {
        return email;
    }
}
