package com.example.authstarter.signin;

import org.springframework.security.core.AuthenticationException;

/**
 * The first step was right (a password or a sign-in link) and the account has a second step ({@link
 * SecondStep}): nothing is signed in yet, and the person is taken to it next.
 */
public final class SecondStepRequiredException extends AuthenticationException {

    private final String username;

    public SecondStepRequiredException(String username) {
        super("A code from the authenticator app is needed to finish signing in");
        this.username = username;
    }

    String username() {
        return username;
    }
}
