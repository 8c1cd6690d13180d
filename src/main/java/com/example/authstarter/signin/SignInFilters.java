package com.example.authstarter.signin;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Gives a sign-in filter of our own (the second step's code) or one Spring makes without them (passkeys)
 * what the form login uses itself, read from the chain's shared objects once every configurer has set them
 * up: the session strategy (a new session id, the sign-in recorded in the session registry, a new CSRF
 * token), remember-me, and where the security context is kept. So every way of signing in ends in the
 * same state as a password sign-in.
 */
public final class SignInFilters {

    private SignInFilters() {}

    public static void endLikeFormLogin(
            AbstractAuthenticationProcessingFilter filter, HttpSecurity http, SecurityContextHolderStrategy contexts) {
        var sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
        if (sessions != null) {
            filter.setSessionAuthenticationStrategy(sessions);
        }
        var rememberMe = http.getSharedObject(RememberMeServices.class);
        if (rememberMe != null) {
            filter.setRememberMeServices(rememberMe);
        }
        var repository = http.getSharedObject(SecurityContextRepository.class);
        filter.setSecurityContextRepository(
                repository != null
                        ? repository
                        : new DelegatingSecurityContextRepository(
                                new RequestAttributeSecurityContextRepository(),
                                new HttpSessionSecurityContextRepository()));
        filter.setSecurityContextHolderStrategy(contexts);
    }
}
