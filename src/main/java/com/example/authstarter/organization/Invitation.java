package com.example.authstarter.organization;

import java.time.Instant;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An invitation waiting for its answer. Only the hash of its link's token is kept, and only that of the latest
 * mail: sending it again makes the earlier link worthless. Accepted, declined or revoked, it is deleted; expired,
 * it is swept.
 *
 * @param language the language its mail is written in (the inviter's, unless the address has an account)
 */
@Document(Invitation.COLLECTION)
record Invitation(
        @Id String id,
        String organizationId,
        String email,
        String emailKey,
        OrganizationRole role,
        String invitedBy,
        String language,
        Instant createdAt,
        String tokenHash,
        Instant expiresAt) {

    static final String COLLECTION = "organization_invitations";
    static final String ORGANIZATION_ID = "organizationId";
    static final String EMAIL_KEY = "emailKey";
    static final String TOKEN_HASH = "tokenHash";
    static final String EXPIRES_AT = "expiresAt";

    Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
