package com.example.authstarter.security;

import com.example.authstarter.base.ClientAddress;
import com.example.authstarter.twostep.TwoStep;
import com.example.authstarter.user.AccountCredentials;
import java.util.HashSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The second step: a code from the authenticator app or a recovery code. Wrong codes count against the
 * account exactly as wrong passwords do (the same waits, the same lock after 100), so a stolen password
 * gives no endless guessing of codes; and the account's status is checked again, as a lock may have come
 * in between the two steps.
 */
final class TwoStepCodeCheck implements AuthenticationProvider {

    static final String TOTP_FACTOR = "FACTOR_TOTP";

    private final TwoStep twoStep;
    private final UserDetailsService accounts;
    private final GuessLimits limits;
    private final AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();

    TwoStepCodeCheck(
            TwoStep twoStep,
            UserDetailsService accounts,
            LoginThrottle throttle,
            AccountCredentials credentials,
            ApplicationEventPublisher events) {
        this.twoStep = twoStep;
        this.accounts = accounts;
        this.limits = new GuessLimits(throttle, credentials, events);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        try {
            return check((TwoStepCodeToken) attempt);
        } catch (DataAccessException unreachable) {
            throw new InternalAuthenticationServiceException("The database cannot be reached", unreachable);
        }
    }

    private Authentication check(TwoStepCodeToken attempt) {
        var username = attempt.getName();
        var guess = limits.admit(username, ClientAddress.of(attempt));
        if (!twoStep.accept(username, (String) attempt.getCredentials())) {
            guess.failed();
            throw new BadCredentialsException("Wrong or used code");
        }
        var user = accounts.loadUserByUsername(username);
        try {
            status.check(user);
        } catch (AuthenticationException lockedMeanwhile) {
            throw new BadCredentialsException("The account cannot sign in", lockedMeanwhile);
        }
        guess.succeeded();
        var authorities = new HashSet<GrantedAuthority>(user.getAuthorities());
        // Spring Security names no factor for authenticator-app codes; this one says what was shown.
        authorities.add(FactorGrantedAuthority.fromAuthority(TOTP_FACTOR));
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        signedIn.setDetails(attempt.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return TwoStepCodeToken.class.isAssignableFrom(authentication);
    }
}
