package com.example.authstarter.passkey;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;

/**
 * This site as a WebAuthn relying party: Spring Security's webauthn4j checks (challenge, origin, rp id,
 * signature) with the ids and origins from {@link PasskeySettings} and the MongoDB stores. As a bean it is
 * what {@code http.webAuthn()} uses. Beyond Spring's own it
 *
 * <ul>
 *   <li>asks the authenticator to verify the person (PIN, fingerprint, face), not just their presence: a
 *       passkey sign-in stands for both steps of a two-step sign-in;
 *   <li>makes the account's user handle atomically, so two tabs adding passkeys share it;
 *   <li>takes a name of 1 to {@value #MAX_NAME_CHARS} characters for each passkey, and announces the added
 *       passkey (audit log, notice by mail).
 * </ul>
 */
@Component
public class PasskeyRelyingParty implements WebAuthnRelyingPartyOperations {

    public static final int MAX_NAME_CHARS = 64;

    private final Webauthn4JRelyingPartyOperations webauthn4j;
    private final PasskeyUserStore users;
    private final ApplicationEventPublisher events;

    PasskeyRelyingParty(
            PasskeySettings settings,
            Environment environment,
            PasskeyUserStore users,
            PasskeyCredentialStore credentials,
            ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
        this.webauthn4j = new Webauthn4JRelyingPartyOperations(
                users,
                credentials,
                PublicKeyCredentialRpEntity.builder()
                        .id(settings.rpId())
                        .name(settings.rpName())
                        .build(),
                settings.originsFor(environment.getProperty("server.port", Integer.class, 8443)));
        webauthn4j.setCustomizeCreationOptions(
                options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .residentKey(ResidentKeyRequirement.REQUIRED)
                        .build()));
        webauthn4j.setCustomizeRequestOptions(
                options -> options.userVerification(UserVerificationRequirement.REQUIRED));
    }

    /** A name for a new passkey, as stored: without surrounding white space; null when not acceptable. */
    public static String acceptableName(String name) {
        if (name == null) {
            return null;
        }
        var stripped = name.strip();
        return stripped.isEmpty()
                        || stripped.length() > MAX_NAME_CHARS
                        || stripped.chars().anyMatch(Character::isISOControl)
                ? null
                : stripped;
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        users.findOrCreate(request.getAuthentication().getName());
        return webauthn4j.createPublicKeyCredentialCreationOptions(request);
    }

    /**
     * Checks and stores a new passkey.
     *
     * @throws IllegalArgumentException for a missing or unusable name, or a passkey that does not verify
     */
    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        var name = acceptableName(request.getPublicKey().getLabel());
        if (name == null) {
            throw new IllegalArgumentException("A passkey needs a name of 1 to " + MAX_NAME_CHARS + " characters");
        }
        var named = new ImmutableRelyingPartyRegistrationRequest(
                request.getCreationOptions(),
                new RelyingPartyPublicKey(request.getPublicKey().getCredential(), name));
        var added = webauthn4j.registerCredential(named);
        events.publishEvent(
                new PasskeyEvents.Added(request.getCreationOptions().getUser().getName(), name));
        return added;
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
            PublicKeyCredentialRequestOptionsRequest request) {
        return webauthn4j.createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return webauthn4j.authenticate(request);
    }
}
