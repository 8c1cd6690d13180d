package com.example.authstarter.security;

import com.example.authstarter.user.AccountCredentials;
import java.util.HashSet;
import java.util.function.Predicate;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ott.InvalidOneTimeTokenException;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Signs in with a link from a mail. Unlike Spring's own provider it checks the account's status: a locked
 * account is not let in by a link. Opening the link proves the address it was sent to, so that address
 * counts as verified from then on.
 */
final class SignInLinkAuthentication implements AuthenticationProvider {

    private final OneTimeTokenService tokens;
    private final UserDetailsService accounts;
    private final AccountCredentials credentials;
    private final Predicate<String> needsSecondStep;
    private final AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();

    SignInLinkAuthentication(
            OneTimeTokenService tokens,
            UserDetailsService accounts,
            AccountCredentials credentials,
            Predicate<String> needsSecondStep) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.credentials = credentials;
        this.needsSecondStep = needsSecondStep;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var link = tokens.consume((OneTimeTokenAuthenticationToken) authentication);
        if (link == null) {
            throw new InvalidOneTimeTokenException("The link has expired or was used");
        }
        if (link instanceof SignInLink sent && sent.email() != null) {
            credentials.emailProven(link.getUsername(), sent.email());
        }
        try {
            var user = accounts.loadUserByUsername(link.getUsername());
            status.check(user);
            if (needsSecondStep.test(user.getUsername())) {
                // A link proves the mailbox, not the phone: with two-step sign-in on, the code is still asked.
                throw new SecondStepRequiredException(user.getUsername());
            }
            var authorities = new HashSet<GrantedAuthority>(user.getAuthorities());
            authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.OTT_AUTHORITY));
            var signedIn = new OneTimeTokenAuthentication(user, authorities);
            signedIn.setDetails(authentication.getDetails());
            return signedIn;
        } catch (UsernameNotFoundException deleted) {
            throw new BadCredentialsException("The link's account no longer exists");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OneTimeTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
