package com.example.authstarter.signin;

import com.example.authstarter.throttle.MustWaitException;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Counts sign-ins as the metric {@value #METRIC}, by {@code method} (password, remembered, link, passkey, external,
 * two_step) and {@code outcome} (success, wrong_password, throttled, locked, unverified, two_step_required,
 * two_step_failed, passwords_off, busy, unavailable, failed): a handful of values each, never a name or an address.
 * The method is read from the kind of sign-in Spring Security reports, by its class's package, so this counts the
 * features that plug in (passkeys, links, other providers, the second step) without depending on them.
 */
@Component
class SignInMetrics {

    static final String METRIC = "authstarter.sign.ins";

    private final MeterRegistry meters;

    SignInMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        count(successMethod(event.getAuthentication()), "success");
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureProviderNotFoundEvent) {
            // Not an attempt of its own: the password manager asked after another check refused (see audit).
            return;
        }
        var method = requestMethod(event.getAuthentication());
        count(method, outcome(method, event.getException()));
    }

    private void count(String method, String outcome) {
        meters.counter(METRIC, "method", method, "outcome", outcome).increment();
    }

    private static String successMethod(Authentication authentication) {
        if (authentication instanceof RememberMeAuthenticationToken) {
            return "remembered";
        }
        for (var authority : authentication.getAuthorities()) {
            switch (authority.getAuthority()) {
                case FactorGrantedAuthority.WEBAUTHN_AUTHORITY -> {
                    return "passkey";
                }
                case FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY -> {
                    return "external";
                }
                case FactorGrantedAuthority.OTT_AUTHORITY -> {
                    return "link";
                }
                default -> {}
            }
        }
        var method = requestMethod(authentication);
        // The code of a second step completes a sign-in with a password.
        return method.equals("two_step") ? "password" : method;
    }

    /** The kind of sign-in a request was, by the package of its token's class. */
    static String requestMethod(Authentication authentication) {
        var kind = authentication.getClass().getName();
        if (kind.contains(".webauthn.")) {
            return "passkey";
        }
        if (kind.contains(".oauth2.")) {
            return "external";
        }
        if (kind.contains(".ott.")) {
            return "link";
        }
        if (kind.contains(".twostep.")) {
            return "two_step";
        }
        if (authentication instanceof RememberMeAuthenticationToken || kind.contains("RememberMe")) {
            return "remembered";
        }
        return "password";
    }

    private static String outcome(String method, AuthenticationException refused) {
        return switch (refused) {
            case SecondStepRequiredException required -> "two_step_required";
            case MustWaitException throttled -> "throttled";
            case LockedException locked -> "locked";
            case DisabledException unverified -> "unverified";
            case PasswordsOffException off -> "passwords_off";
            case SignInBusyException busy -> "busy";
            case InternalAuthenticationServiceException unavailable -> "unavailable";
            case BadCredentialsException wrong -> method.equals("two_step") ? "two_step_failed" : "wrong_password";
            case AuthenticationServiceException other -> "unavailable";
            default -> "failed";
        };
    }
}
