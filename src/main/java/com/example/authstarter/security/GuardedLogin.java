package com.example.authstarter.security;

import com.example.authstarter.base.ClientAddress;
import com.example.authstarter.base.ServerBusyException;
import com.example.authstarter.user.AccountCredentials;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Username-and-password sign-in with the throttle in front. A throttled attempt is refused before any hash
 * is computed, as a {@link MustWaitException} that says how long to wait (the same for an unknown name as for
 * an account). Every other refusal, whatever its cause (no such user, wrong password, locked), leaves as the
 * same {@link BadCredentialsException}, so the response does not tell them apart. "Busy" is told too,
 * because it says nothing about the account.
 */
final class GuardedLogin implements AuthenticationProvider {

    static final String REFUSED = "Bad credentials";

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AccountCredentials credentials;
    private final ApplicationEventPublisher events;
    private final Predicate<String> needsSecondStep;

    /**
     * @param needsSecondStep whether a right password still leaves a code to enter (two-step sign-in is on);
     *     never for the account page's confirmation of a signed-in person's password
     */
    GuardedLogin(
            AuthenticationProvider passwords,
            LoginThrottle throttle,
            AccountCredentials credentials,
            ApplicationEventPublisher events,
            Predicate<String> needsSecondStep) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.credentials = credentials;
        this.events = events;
        this.needsSecondStep = needsSecondStep;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        try {
            return guarded(attempt);
        } catch (DataAccessException unreachable) {
            // The throttle's counters could not be read or written: not the person's failure, and no answer.
            throw new InternalAuthenticationServiceException("The database cannot be reached", unreachable);
        }
    }

    private Authentication guarded(Authentication attempt) {
        var username = attempt.getName() == null ? "" : attempt.getName();
        // "alice" and her email address share one count of failures.
        var accountKey = credentials.throttleKey(username);
        var address = ClientAddress.of(attempt);
        var wait = throttle.waitBeforeAttempt(accountKey, address);
        if (wait.isPositive()) {
            events.publishEvent(new LoginThrottled(username, address));
            throw new MustWaitException(wait);
        }
        Authentication authenticated;
        try {
            authenticated = passwords.authenticate(attempt);
        } catch (ServerBusyException busy) {
            throw new LoginBusyException(busy);
        } catch (AuthenticationException refused) {
            if (refused.getCause() instanceof ServerBusyException busy) {
                throw new LoginBusyException(busy);
            }
            if (refused instanceof InternalAuthenticationServiceException) {
                // The account could not be read (the database is down, say): not the user's failure.
                throw refused;
            }
            if (refused instanceof DisabledException) {
                // Checked after the password: it was right, only the address is not verified yet.
                throttle.reset(accountKey);
                throw new EmailNotVerifiedException(username);
            }
            if (throttle.recordFailureReachingLockout(accountKey, address)) {
                credentials.lockOut(username);
                events.publishEvent(new AccountLockedOut(username, address));
            }
            throw new BadCredentialsException(REFUSED, refused);
        }
        if (needsSecondStep.test(authenticated.getName())) {
            // The count of failures stays: a right password must not buy fresh guesses at the code.
            throw new SecondStepRequiredException(authenticated.getName());
        }
        throttle.reset(accountKey);
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
