package com.example.authstarter.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Each kind of sign-in and each refusal lands in its own series, named by method and outcome only. */
class SignInMetricsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SignInMetrics metrics = new SignInMetrics(meters);
    private final UsernamePasswordAuthenticationToken password =
            UsernamePasswordAuthenticationToken.unauthenticated("ann", "secret");

    @Test
    void sign_ins_are_counted_by_method_and_outcome() {
        metrics.onSuccess(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated("ann", null, List.of())));
        metrics.onSuccess(new AuthenticationSuccessEvent(
                new RememberMeAuthenticationToken("key", "ann", List.of(new SimpleGrantedAuthority("ROLE_USER")))));
        metrics.onSuccess(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(
                "ann", null, List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.OTT_AUTHORITY)))));
        metrics.onFailure(new AuthenticationFailureBadCredentialsEvent(password, new BadCredentialsException("no")));
        metrics.onFailure(new AuthenticationFailureLockedEvent(password, new LockedException("locked")));
        metrics.onFailure(
                new AuthenticationFailureBadCredentialsEvent(password, new SecondStepRequiredException("ann")));
        metrics.onFailure(new AuthenticationFailureBadCredentialsEvent(password, new EmailNotVerifiedException("ann")));
        metrics.onFailure(new AuthenticationFailureBadCredentialsEvent(
                OneTimeTokenAuthenticationToken.unauthenticated("token"), new BadCredentialsException("used")));
        // Not an attempt of its own: Spring's echo after another check refused.
        metrics.onFailure(new AuthenticationFailureProviderNotFoundEvent(password, new BadCredentialsException("x")));

        assertThat(count("password", "success")).isEqualTo(1);
        assertThat(count("remembered", "success")).isEqualTo(1);
        assertThat(count("link", "success")).isEqualTo(1);
        assertThat(count("password", "wrong_password")).isEqualTo(1);
        assertThat(count("password", "locked")).isEqualTo(1);
        assertThat(count("password", "two_step_required")).isEqualTo(1);
        assertThat(count("password", "unverified")).isEqualTo(1);
        assertThat(count("link", "wrong_password")).isEqualTo(1);
        assertThat(meters.find(SignInMetrics.METRIC).counters())
                .allSatisfy(counter -> assertThat(counter.getId().getTags())
                        .extracting(tag -> tag.getKey())
                        .containsExactlyInAnyOrder("method", "outcome"));
        assertThat(meters.find(SignInMetrics.METRIC).counters().stream()
                        .mapToDouble(counter -> counter.count())
                        .sum())
                .isEqualTo(8);
    }

    private double count(String method, String outcome) {
        var counter = meters.find(SignInMetrics.METRIC)
                .tag("method", method)
                .tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
