package com.example.authstarter.external;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An identity at another provider, linked to one account: keyed by the provider's issuer and its subject (the
 * unique index), never by the address, which many providers let their users change. The address and whether the
 * provider said it verified it are kept as the provider gave them at the last sign-in, for the person to see.
 */
@Document("external_identities")
record ExternalIdentity(
        @Id String id,
        String issuer,
        String subject,
        String registrationId,
        String usernameKey,
        String email,
        boolean emailVerified,
        Instant linkedAt,
        Instant lastUsedAt) {

    static final String ISSUER = "issuer";
    static final String SUBJECT = "subject";
    static final String USERNAME_KEY = "usernameKey";
    static final String EMAIL = "email";
    static final String EMAIL_VERIFIED = "emailVerified";
    static final String LAST_USED_AT = "lastUsedAt";
}
