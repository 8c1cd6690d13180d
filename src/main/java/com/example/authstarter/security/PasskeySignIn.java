package com.example.authstarter.security;

import java.util.HashSet;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs in with a passkey. Unlike Spring's own provider it checks the account's status (a locked account
 * is not let in by a passkey either), records where the attempt came from for the audit log, and signs in
 * with the account itself as the principal, as every other way of signing in does. The passkey verified the
 * person on their device (see {@code passkey.PasskeyRelyingParty}), so no second step follows.
 */
final class PasskeySignIn implements AuthenticationProvider {

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final UserDetailsService accounts;
    private final AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();

    PasskeySignIn(WebAuthnRelyingPartyOperations relyingParty, UserDetailsService accounts) {
        this.relyingParty = relyingParty;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        var details = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? new WebAuthenticationDetails(servlet.getRequest())
                : null;
        // Spring's filter sends the attempt without them; the failure event carries this same object.
        ((AbstractAuthenticationToken) attempt).setDetails(details);
        var owner = verify((WebAuthnAuthenticationRequestToken) attempt);
        UserDetails user;
        try {
            user = accounts.loadUserByUsername(owner);
        } catch (UsernameNotFoundException deleted) {
            throw new BadCredentialsException("The passkey's account no longer exists");
        } catch (DataAccessException unreachable) {
            throw new InternalAuthenticationServiceException("The database cannot be reached", unreachable);
        }
        status.check(user);
        var authorities = new HashSet<GrantedAuthority>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        signedIn.setDetails(details);
        return signedIn;
    }

    /** The name of the account whose passkey signed the challenge. */
    private String verify(WebAuthnAuthenticationRequestToken attempt) {
        try {
            return relyingParty.authenticate(attempt.getWebAuthnRequest()).getName();
        } catch (DataAccessException unreachable) {
            throw new InternalAuthenticationServiceException("The database cannot be reached", unreachable);
        } catch (RuntimeException refused) {
            // webauthn4j's verification failures (signature, origin, challenge) and an unknown passkey.
            throw new BadCredentialsException("The passkey was not accepted", refused);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
