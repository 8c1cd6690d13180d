package com.example.authstarter.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Puts the {@link TwoStepCodeFilter} into the chain with what the form login uses itself, read from the
 * chain's shared objects once every configurer has set them up: the session strategy (a new session id,
 * the sign-in recorded in the session registry, a new CSRF token), remember-me, and where the security
 * context is kept. So the second step ends in exactly the state a password sign-in would.
 */
final class TwoStepCodeConfigurer extends AbstractHttpConfigurer<TwoStepCodeConfigurer, HttpSecurity> {

    private final TwoStepCodeFilter filter;

    TwoStepCodeConfigurer(
            TwoStepCodeFilter filter, AuthenticationSuccessHandler success, AuthenticationFailureHandler failure) {
        this.filter = filter;
        filter.setAuthenticationSuccessHandler(success);
        filter.setAuthenticationFailureHandler(failure);
    }

    @Override
    public void configure(HttpSecurity http) {
        var sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
        if (sessions != null) {
            filter.setSessionAuthenticationStrategy(sessions);
        }
        var rememberMe = http.getSharedObject(RememberMeServices.class);
        if (rememberMe != null) {
            filter.setRememberMeServices(rememberMe);
        }
        var contexts = http.getSharedObject(SecurityContextRepository.class);
        filter.setSecurityContextRepository(
                contexts != null
                        ? contexts
                        : new DelegatingSecurityContextRepository(
                                new RequestAttributeSecurityContextRepository(),
                                new HttpSessionSecurityContextRepository()));
        filter.setSecurityContextHolderStrategy(getSecurityContextHolderStrategy());
        http.addFilterAfter(postProcess(filter), UsernamePasswordAuthenticationFilter.class);
    }
}
