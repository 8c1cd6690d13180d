package com.example.authstarter.passkey;

import com.example.authstarter.user.UserKeys;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Confirm it is you" with a passkey, for a person already signed in. Unlike a sign-in it changes nothing
 * in the session but the time of the last confirmation: the page asks the browser for an assertion over a
 * challenge it keeps, and checks that the passkey belongs to the signed-in account — another person's
 * passkey on the same device confirms nothing.
 */
@Component
public class PasskeyConfirmation {

    private static final JsonMapper JSON =
            JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

    private final PasskeyRelyingParty relyingParty;

    PasskeyConfirmation(PasskeyRelyingParty relyingParty) {
        this.relyingParty = relyingParty;
    }

    /** A challenge for the account's own passkeys; {@link #json()} goes to the browser. */
    public record Challenge(PublicKeyCredentialRequestOptions options) {

        public String json() {
            return JSON.writeValueAsString(options);
        }
    }

    public Challenge challenge(String username) {
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(username, null, List.of());
        return new Challenge(relyingParty.createCredentialRequestOptions(
                new ImmutablePublicKeyCredentialRequestOptionsRequest(signedIn)));
    }

    /**
     * Whether {@code assertionJson}, the browser's answer to {@code challenge}, was made by one of the
     * account's passkeys. A malformed answer, a foreign or removed passkey, a wrong origin or an old
     * challenge are all "no".
     */
    public boolean confirms(String username, Challenge challenge, String assertionJson) {
        PublicKeyCredential<AuthenticatorAssertionResponse> assertion;
        try {
            assertion = JSON.readValue(
                    assertionJson,
                    JSON.getTypeFactory()
                            .constructParametricType(PublicKeyCredential.class, AuthenticatorAssertionResponse.class));
        } catch (JacksonException | IllegalArgumentException malformed) {
            return false;
        }
        try {
            var owner =
                    relyingParty.authenticate(new RelyingPartyAuthenticationRequest(challenge.options(), assertion));
            return UserKeys.username(owner.getName()).equals(UserKeys.username(username));
        } catch (DataAccessException unreachable) {
            // The database is away: not a wrong passkey; the page's error handler says so.
            throw unreachable;
        } catch (RuntimeException refused) {
            // webauthn4j's verification failures (signature, origin, challenge) and an unknown passkey.
            return false;
        }
    }
}
