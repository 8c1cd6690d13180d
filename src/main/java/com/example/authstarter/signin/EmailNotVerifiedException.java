package com.example.authstarter.signin;

import org.springframework.security.authentication.DisabledException;

/**
 * The password was right, but the account must verify its address first. Only a correct password gets
 * this answer, so it tells nothing to someone guessing.
 */
public final class EmailNotVerifiedException extends DisabledException {

    private final String usernameOrEmail;

    public EmailNotVerifiedException(String usernameOrEmail) {
        super("The account's email address is not verified yet");
        this.usernameOrEmail = usernameOrEmail;
    }

    String usernameOrEmail() {
        return usernameOrEmail;
    }
}
