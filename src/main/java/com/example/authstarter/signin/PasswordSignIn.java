package com.example.authstarter.signin;

import com.example.authstarter.base.ClientAddress;
import com.example.authstarter.base.Concurrently;
import com.example.authstarter.base.ServerBusyException;
import com.example.authstarter.throttle.GuessLimits;
import com.example.authstarter.throttle.MustWaitException;
import java.util.function.Predicate;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username-and-password checks with the throttle in front: the sign-in form's, and a signed-in person's
 * current password ({@link #confirm}). A throttled attempt is refused before any hash is computed, as a {@link
 * MustWaitException} that says how long to wait (the same for an unknown name as for an account). Every other
 * refusal, whatever its cause (no such user, wrong password, locked), leaves as the same {@link
 * BadCredentialsException}, so the response does not tell them apart. "Busy" is told too, because it says
 * nothing about the account. Made in {@link SecurityConfiguration}.
 */
public final class PasswordSignIn {

    static final String REFUSED = "Bad credentials";

    private final AuthenticationProvider passwords;
    private final GuessLimits limits;
    private final Predicate<String> needsSecondStep;
    private final Predicate<String> passwordsOff;

    /**
     * @param passwords the password check itself ({@link #passwordCheck})
     * @param needsSecondStep whether a right password still leaves a code to enter ({@link SecondStep})
     * @param passwordsOff whether the account (by username) must sign in another way ({@link PasswordsOff})
     */
    PasswordSignIn(
            AuthenticationProvider passwords,
            GuessLimits limits,
            Predicate<String> needsSecondStep,
            Predicate<String> passwordsOff) {
        this.passwords = passwords;
        this.limits = limits;
        this.needsSecondStep = needsSecondStep;
        this.passwordsOff = passwordsOff;
    }

    /**
     * The password check. Spring's provider already hashes a dummy for an unknown name; account status is
     * checked after the password, not before, so a locked account takes as long to refuse as a wrong
     * password and cannot be told apart by timing.
     */
    static DaoAuthenticationProvider passwordCheck(
            UserDetailsService accounts, PasswordEncoder passwordEncoder, UserDetailsPasswordService upgradedHashes) {
        var passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setUserDetailsPasswordService(upgradedHashes);
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return passwords;
    }

    /**
     * Signs in with a password; a right one on an account with a second step throws {@link
     * SecondStepRequiredException} instead.
     */
    public Authentication signIn(Authentication attempt) {
        return guarded(attempt, true);
    }

    /** Checks a signed-in person's current password, throttled like a sign-in; no second step follows. */
    public Authentication confirm(Authentication attempt) {
        return guarded(attempt, false);
    }

    private Authentication guarded(Authentication attempt, boolean signingIn) {
        var username = attempt.getName() == null ? "" : attempt.getName();
        var guess = limits.admit(username, ClientAddress.of(attempt));
        // Whether a code must follow is read while the password is hashed, not after it: most sign-ins name
        // the account as it is stored, and for those the answer is ready when the hash is.
        var secondStepAsTyped = signingIn ? Concurrently.start(() -> needsSecondStep.test(username)) : null;
        Authentication authenticated;
        try {
            authenticated = passwords.authenticate(attempt);
        } catch (ServerBusyException busy) {
            throw new SignInBusyException(busy);
        } catch (AuthenticationException refused) {
            if (refused.getCause() instanceof ServerBusyException busy) {
                throw new SignInBusyException(busy);
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
        if (signingIn) {
            var account = authenticated.getName();
            if (passwordsOff.test(account)) {
                guess.succeeded();
                throw new PasswordsOffException();
            }
            // An email address, or other spelling, typed for the name: the answer read was for another string.
            boolean secondStep = account.equals(username) ? secondStepAsTyped.join() : needsSecondStep.test(account);
            if (secondStep) {
                // The count of failures stays: a right password must not buy fresh guesses at the code.
                throw new SecondStepRequiredException(account);
            }
        }
        guess.succeeded();
        return authenticated;
    }
}
