package com.example.authstarter.testing;

import java.util.Set;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

/**
 * Stores a passkey for an account as a registration would, through Spring Security's stores, for tests of what
 * the pages do with it.
 */
@Component
public class PasskeyFixtures {

    private final PublicKeyCredentialUserEntityRepository users;
    private final UserCredentialRepository credentials;

    PasskeyFixtures(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials) {
        this.users = users;
        this.credentials = credentials;
    }

    /** Adds a passkey named {@code name}; returns its id. */
    public String add(String username, String name) {
        var user = users.findByUsername(username);
        if (user == null) {
            user = ImmutablePublicKeyCredentialUserEntity.builder()
                    .id(Bytes.random())
                    .name(username)
                    .displayName(username)
                    .build();
            users.save(user);
        }
        var record = ImmutableCredentialRecord.builder()
                .credentialId(Bytes.random())
                .userEntityUserId(user.getId())
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1}))
                .transports(Set.of(AuthenticatorTransport.INTERNAL))
                .label(name)
                .build();
        credentials.save(record);
        return record.getCredentialId().toBase64UrlString();
    }
}
