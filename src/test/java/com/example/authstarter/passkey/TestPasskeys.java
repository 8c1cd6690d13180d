package com.example.authstarter.passkey;

import java.util.Set;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.stereotype.Component;

/** Stores a passkey for an account as a registration would, for tests of what the pages do with it. */
@Component
public class TestPasskeys {

    private final MongoPasskeyUsers users;
    private final MongoPasskeyCredentials credentials;

    TestPasskeys(MongoPasskeyUsers users, MongoPasskeyCredentials credentials) {
        this.users = users;
        this.credentials = credentials;
    }

    /** Adds a passkey named {@code name}; returns its id. */
    public String add(String username, String name) {
        var record = ImmutableCredentialRecord.builder()
                .credentialId(Bytes.random())
                .userEntityUserId(users.findOrCreate(username).getId())
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1}))
                .transports(Set.of(AuthenticatorTransport.INTERNAL))
                .label(name)
                .build();
        credentials.save(record);
        return record.getCredentialId().toBase64UrlString();
    }
}
