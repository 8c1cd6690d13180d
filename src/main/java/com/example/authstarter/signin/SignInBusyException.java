package com.example.authstarter.signin;

import org.springframework.security.authentication.AuthenticationServiceException;

/** Sign-in could not be tried now: every password-hashing slot stayed busy. The user is asked to retry. */
public final class SignInBusyException extends AuthenticationServiceException {

    SignInBusyException(Throwable cause) {
        super("Too many sign-ins at once; try again", cause);
    }
}
