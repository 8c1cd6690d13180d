package com.example.authstarter.passkey;

import com.example.authstarter.signin.SignInChecks;
import com.example.authstarter.user.AccountCredentials;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs in with a passkey. Unlike Spring's own provider it checks the account's status (a locked account is
 * not let in by a passkey either), records where the attempt came from for the audit log, and signs in with the
 * account itself as the principal, as every other way of signing in does. The passkey verified the person on
 * their device (see {@link PasskeyRelyingParty}), so no second step follows.
 */
@Component
class PasskeySignIn {

    private final PasskeyRelyingParty relyingParty;
    private final AccountCredentials accounts;

    PasskeySignIn(PasskeyRelyingParty relyingParty, AccountCredentials accounts) {
        this.relyingParty = relyingParty;
        this.accounts = accounts;
    }

    Authentication signIn(WebAuthnAuthenticationRequestToken attempt) {
        var details = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? new WebAuthenticationDetails(servlet.getRequest())
                : null;
        // Spring's filter sends the attempt without them; the failure event carries this same object.
        attempt.setDetails(details);
        var account = SignInChecks.allowedIn(accounts, verify(attempt));
        return SignInChecks.signedIn(account, FactorGrantedAuthority.WEBAUTHN_AUTHORITY, details);
    }

    /** The name of the account whose passkey signed the challenge. */
    private String verify(WebAuthnAuthenticationRequestToken attempt) {
        try {
            return relyingParty.authenticate(attempt.getWebAuthnRequest()).getName();
        } catch (DataAccessException unreachable) {
            // Not the passkey's fault: the check's provider tells it as an outage (SignInChecks).
            throw unreachable;
        } catch (RuntimeException refused) {
            // webauthn4j's verification failures (signature, origin, challenge) and an unknown passkey.
            throw new BadCredentialsException("The passkey was not accepted", refused);
        }
    }
}
