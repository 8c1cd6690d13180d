package com.example.authstarter.security;

import com.example.authstarter.base.ClientAddress;
import com.example.authstarter.base.Concurrently;
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
    private final GuessLimits limits;
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
        this.limits = new GuessLimits(throttle, credentials, events);
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
        var guess = limits.admit(username, ClientAddress.of(attempt));
        // Whether a code must follow is read while the password is hashed, not after it: most sign-ins name
        // the account as it is stored, and for those the answer is ready when the hash is.
        var secondStepAsTyped = Concurrently.start(() -> needsSecondStep.test(username));
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
                guess.succeeded();
                throw new EmailNotVerifiedException(username);
            }
            guess.failed();
            throw new BadCredentialsException(REFUSED, refused);
        }
        var account = authenticated.getName();
        // An email address, or other spelling, typed for the name: the answer read was for another string.
        boolean secondStep = account.equals(username) ? secondStepAsTyped.join() : needsSecondStep.test(account);
        if (secondStep) {
            // The count of failures stays: a right password must not buy fresh guesses at the code.
            throw new SecondStepRequiredException(account);
        }
        guess.succeeded();
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
