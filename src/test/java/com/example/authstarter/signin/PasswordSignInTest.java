package com.example.authstarter.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.example.authstarter.base.ServerBusyException;
import com.example.authstarter.throttle.GuessLimits;
import com.example.authstarter.throttle.MustWaitException;
import com.example.authstarter.throttle.SignInThrottle;
import com.example.authstarter.user.AccountCredentials;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

class PasswordSignInTest {

    private final AuthenticationProvider passwords = mock(AuthenticationProvider.class);
    private final SignInThrottle throttle = mock(SignInThrottle.class);
    private final AccountCredentials credentials = mock(AccountCredentials.class);
    private final AuthenticationProvider login = signIn(name -> false);
    private final UsernamePasswordAuthenticationToken attempt =
            UsernamePasswordAuthenticationToken.unauthenticated("sam", "some password");

    @BeforeEach
    void anAccountCalledSam() {
        when(credentials.throttleKey("sam")).thenReturn("sam");
        when(throttle.admission("sam", "unknown")).thenReturn(new SignInThrottle.Admission(Duration.ZERO, true));
    }

    /** The sign-in as the chain uses it: through the provider every sign-in check becomes. */
    private AuthenticationProvider signIn(Predicate<String> needsSecondStep) {
        var limits = new GuessLimits(throttle, credentials, mock(ApplicationEventPublisher.class));
        return SignInChecks.provider(
                UsernamePasswordAuthenticationToken.class,
                new PasswordSignIn(passwords, limits, needsSecondStep, username -> false)::signIn);
    }

    @Test
    void a_throttled_attempt_is_told_how_long_to_wait_without_checking_the_password() {
        when(throttle.admission("sam", "unknown"))
                .thenReturn(new SignInThrottle.Admission(Duration.ofMillis(2_300), true));

        assertThatThrownBy(() -> login.authenticate(attempt))
                .isInstanceOfSatisfying(
                        MustWaitException.class,
                        waiting -> assertThat(waiting.seconds()).isEqualTo(3));
        verify(passwords, never()).authenticate(attempt);
        verify(throttle, never()).recordFailureReachingLockout(anyString(), anyString());
    }

    @Test
    void no_free_hashing_slot_is_reported_as_busy_and_not_counted_as_a_failure() {
        when(passwords.authenticate(attempt)).thenThrow(new ServerBusyException("full"));

        assertThatThrownBy(() -> login.authenticate(attempt)).isInstanceOf(SignInBusyException.class);
        verify(throttle, never()).recordFailureReachingLockout(anyString(), anyString());
    }

    @Test
    void an_unreadable_account_is_not_counted_against_it() {
        when(passwords.authenticate(attempt)).thenThrow(new InternalAuthenticationServiceException("database down"));

        assertThatThrownBy(() -> login.authenticate(attempt))
                .isInstanceOf(InternalAuthenticationServiceException.class);
        verify(throttle, never()).recordFailureReachingLockout(anyString(), anyString());
    }

    @Test
    void a_wrong_password_is_counted_and_leaves_as_the_generic_refusal() {
        when(passwords.authenticate(attempt)).thenThrow(new BadCredentialsException("wrong"));
        when(throttle.recordFailureReachingLockout("sam", "unknown")).thenReturn(false);

        assertThatThrownBy(() -> login.authenticate(attempt))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage(PasswordSignIn.REFUSED);
        verify(throttle).recordFailureReachingLockout("sam", "unknown");
    }

    @Test
    void a_right_password_clears_the_failures_on_record() {
        when(passwords.authenticate(attempt)).thenReturn(attempt);

        login.authenticate(attempt);

        verify(throttle).reset("sam");
    }

    @Test
    void a_right_password_with_no_failures_on_record_writes_nothing_to_the_throttle() {
        when(throttle.admission("sam", "unknown")).thenReturn(new SignInThrottle.Admission(Duration.ZERO, false));
        when(passwords.authenticate(attempt)).thenReturn(attempt);

        login.authenticate(attempt);

        verify(throttle, never()).reset(anyString());
        verify(throttle, never()).recordFailureReachingLockout(anyString(), anyString());
    }

    @Test
    void a_right_password_on_an_unverified_account_waits_for_the_address_and_is_not_counted() {
        when(passwords.authenticate(attempt)).thenThrow(new DisabledException("not verified"));

        assertThatThrownBy(() -> login.authenticate(attempt)).isInstanceOf(EmailNotVerifiedException.class);
        verify(throttle).reset("sam");
        verify(throttle, never()).recordFailureReachingLockout(anyString(), anyString());
    }

    @Test
    void a_throttle_that_cannot_be_read_is_no_ones_failure() {
        when(throttle.admission("sam", "unknown"))
                .thenThrow(new DataAccessResourceFailureException("Timed out waiting for a server"));

        assertThatThrownBy(() -> login.authenticate(attempt))
                .isInstanceOf(InternalAuthenticationServiceException.class)
                .hasCauseInstanceOf(DataAccessResourceFailureException.class);
        verify(passwords, never()).authenticate(attempt);
    }

    @Test
    void whether_a_code_must_follow_is_read_while_the_password_is_hashed() throws Exception {
        var askedForSecondStep = new CountDownLatch(1);
        var overlapping = signIn(name -> {
            askedForSecondStep.countDown();
            return false;
        });
        // The "hash" ends only once the two-step question has been asked: in line after it, it never would.
        when(passwords.authenticate(attempt)).thenAnswer(call -> {
            assertThat(askedForSecondStep.await(5, TimeUnit.SECONDS))
                    .as("two-step read started before the hash finished")
                    .isTrue();
            return attempt;
        });

        assertThat(overlapping.authenticate(attempt)).isSameAs(attempt);
    }

    @Test
    void an_email_typed_for_the_name_is_asked_about_under_the_accounts_name() {
        var byEmail = UsernamePasswordAuthenticationToken.unauthenticated("sam@example.com", "some password");
        when(credentials.throttleKey("sam@example.com")).thenReturn("sam");
        when(passwords.authenticate(byEmail))
                .thenReturn(UsernamePasswordAuthenticationToken.authenticated("sam", null, java.util.List.of()));
        var twoStepForSam = signIn("sam"::equals);

        assertThatThrownBy(() -> twoStepForSam.authenticate(byEmail))
                .isInstanceOfSatisfying(
                        SecondStepRequiredException.class,
                        pending -> assertThat(pending.username()).isEqualTo("sam"));
        verify(throttle, never()).reset(anyString());
    }

    @Test
    void a_two_step_flag_that_cannot_be_read_is_no_ones_failure() {
        when(passwords.authenticate(attempt)).thenReturn(attempt);
        var unreadable = signIn(name -> {
            throw new DataAccessResourceFailureException("Timed out waiting for a server");
        });

        assertThatThrownBy(() -> unreadable.authenticate(attempt))
                .isInstanceOf(InternalAuthenticationServiceException.class)
                .hasCauseInstanceOf(DataAccessResourceFailureException.class);
        verify(throttle, never()).reset(anyString());
    }
}
