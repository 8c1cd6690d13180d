package com.example.authstarter.twostep;

import com.example.authstarter.base.ClientAddress;
import com.example.authstarter.reauth.IdentityConfirmation;
import com.example.authstarter.signin.SignInChecks;
import com.example.authstarter.throttle.GuessLimits;
import com.example.authstarter.throttle.MustWaitException;
import com.example.authstarter.user.AccountCredentials;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The second step's check: a code from the authenticator app or a recovery code, at sign-in and when a
 * signed-in person confirms it is them. Wrong codes count against the account exactly as wrong passwords do (the
 * same waits, the same lock after 100), so a stolen password gives no endless guessing of codes; and the
 * account's status is checked again, as a lock may have come in between the two steps.
 */
@Component
public class TwoStepCodeCheck {

    /** Spring Security names no factor for authenticator-app codes; this one says what was shown. */
    static final String TOTP_FACTOR = "FACTOR_TOTP";

    private final TwoStep twoStep;
    private final AccountCredentials accounts;
    private final GuessLimits limits;

    TwoStepCodeCheck(TwoStep twoStep, AccountCredentials accounts, GuessLimits limits) {
        this.twoStep = twoStep;
        this.accounts = accounts;
        this.limits = limits;
    }

    /** Signs in the account that passed the first step, if the code is right. */
    Authentication signIn(TwoStepCodeToken attempt) {
        var username = attempt.getName();
        var guess = limits.admit(username, ClientAddress.of(attempt));
        if (!twoStep.accept(username, (String) attempt.getCredentials())) {
            guess.failed();
            throw new BadCredentialsException("Wrong or used code");
        }
        try {
            var account = SignInChecks.allowedIn(accounts, username);
            guess.succeeded();
            return SignInChecks.signedIn(account, TOTP_FACTOR, attempt.getDetails());
        } catch (AuthenticationException lockedMeanwhile) {
            throw new BadCredentialsException("The account cannot sign in", lockedMeanwhile);
        }
    }

    /** Confirms a signed-in person with a code, the same check as at sign-in. */
    public IdentityConfirmation.Outcome confirm(String username, String code) {
        var attempt = new TwoStepCodeToken(username, code == null ? "" : code.strip());
        // The client's address, as for a sign-in, so that its per-address limit is its own.
        attempt.setDetails(new WebAuthenticationDetails(ClientAddress.current(), null));
        try {
            signIn(attempt);
            return IdentityConfirmation.Outcome.CONFIRMED;
        } catch (MustWaitException waiting) {
            return IdentityConfirmation.Outcome.MUST_WAIT;
        } catch (AuthenticationException wrong) {
            return IdentityConfirmation.Outcome.WRONG;
        }
    }
}
