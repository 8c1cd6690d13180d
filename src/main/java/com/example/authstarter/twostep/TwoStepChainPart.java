package com.example.authstarter.twostep;

import com.example.authstarter.base.ui.SignInPage;
import com.example.authstarter.signin.SecurityChainPart;
import com.example.authstarter.signin.SignInChecks;
import com.example.authstarter.signin.SignInFilters;
import com.example.authstarter.signin.SignInResponses;
import com.example.authstarter.throttle.MustWaitException;
import java.time.Clock;
import java.util.LinkedHashMap;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * Two-step sign-in's part of the chain: the code page's form ({@code POST /login/code}) finishes the sign-in
 * the first step began, in exactly the state a password sign-in would end in. A wrong code, or a wait, is told
 * on the code page; without a first step, sign-in starts again.
 */
@Component
@Order(40)
class TwoStepChainPart implements SecurityChainPart {

    private final TwoStepCodeCheck codeCheck;
    private final SignInResponses responses;
    private final AuthenticationEventPublisher events;
    private final Clock clock;

    TwoStepChainPart(
            TwoStepCodeCheck codeCheck, SignInResponses responses, AuthenticationEventPublisher events, Clock clock) {
        this.codeCheck = codeCheck;
        this.responses = responses;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        var filter =
                new TwoStepCodeFilter(SignInChecks.manager(TwoStepCodeToken.class, codeCheck::signIn, events), clock);
        filter.setAuthenticationSuccessHandler(responses.success());
        filter.setAuthenticationFailureHandler(failures());
        http.with(new CodeFilterConfigurer(filter), configurer -> {});
    }

    private static AuthenticationFailureHandler failures() {
        var handlers = new LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler>();
        handlers.put(
                TwoStepCodeFilter.NoFirstStepException.class,
                new SimpleUrlAuthenticationFailureHandler(SignInPage.PATH));
        handlers.put(InternalAuthenticationServiceException.class, SignInResponses.unavailable());
        handlers.put(MustWaitException.class, SignInResponses.waitOn(TwoStepSignIn.CODE_PATH));
        return new DelegatingAuthenticationFailureHandler(
                handlers, new SimpleUrlAuthenticationFailureHandler(TwoStepSignIn.CODE_PATH + "?" + SignInPage.ERROR));
    }

    /**
     * Puts the code filter into the chain once every configurer has set up what it shares with the form login
     * ({@link SignInFilters}).
     */
    private static final class CodeFilterConfigurer extends AbstractHttpConfigurer<CodeFilterConfigurer, HttpSecurity> {

        private final TwoStepCodeFilter filter;

        CodeFilterConfigurer(TwoStepCodeFilter filter) {
            this.filter = filter;
        }

        @Override
        public void configure(HttpSecurity http) {
            SignInFilters.endLikeFormLogin(filter, http, getSecurityContextHolderStrategy());
            http.addFilterAfter(postProcess(filter), UsernamePasswordAuthenticationFilter.class);
        }
    }
}
