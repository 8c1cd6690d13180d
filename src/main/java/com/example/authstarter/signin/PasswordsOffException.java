package com.example.authstarter.signin;

import org.springframework.security.core.AuthenticationException;

/** A right password on an account that must sign in another way ({@link PasswordsOff}): nothing is signed in. */
final class PasswordsOffException extends AuthenticationException {

    PasswordsOffException() {
        super("This account signs in another way than its password");
    }
}
