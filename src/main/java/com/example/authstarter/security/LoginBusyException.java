package com.example.authstarter.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/** Sign-in could not be tried now: every password-hashing slot stayed busy. The user is asked to retry. */
final class LoginBusyException extends AuthenticationServiceException {

    LoginBusyException(Throwable cause) {
        super("Too many sign-ins at once; try again", cause);
    }
}
