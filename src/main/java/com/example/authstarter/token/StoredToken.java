package com.example.authstarter.token;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A token as stored: never the token itself, only its hash, so a copy of the database opens no account.
 *
 * @param hash the SHA-256 of the token, hex
 * @param purpose what the token may be used for; a token for one purpose is worth nothing for another
 * @param data what the purpose needs beyond the account (the new address of an email change, say)
 * @param usedAt when it was used, or null
 */
@Document(StoredToken.COLLECTION)
record StoredToken(
        @Id String hash,
        String purpose,
        String username,
        String data,
        Instant createdAt,
        Instant expiresAt,
        Instant usedAt) {

    static final String COLLECTION = "one_time_tokens";
    static final String PURPOSE = "purpose";
    static final String USERNAME = "username";
    static final String EXPIRES_AT = "expiresAt";
    static final String USED_AT = "usedAt";
}
