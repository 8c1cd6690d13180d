package com.example.authstarter.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Puts the {@link TwoStepCodeFilter} into the chain once every configurer has set up what it shares with
 * the form login ({@link SignInFilters}), so the second step ends in exactly the state a password sign-in
 * would.
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
        SignInFilters.endLikeFormLogin(filter, http, getSecurityContextHolderStrategy());
        http.addFilterAfter(postProcess(filter), UsernamePasswordAuthenticationFilter.class);
    }
}
