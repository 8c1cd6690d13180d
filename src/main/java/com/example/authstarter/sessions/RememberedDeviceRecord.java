package com.example.authstarter.sessions;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One device that keeps its user signed in. The series stays for the device; the token in its cookie
 * changes at every use, and only hashes of tokens are stored, so the database alone signs no one in.
 *
 * @param previousTokenHash the token the last rotation replaced: still good for {@link
 *     RememberedDevices#GRACE} after {@code rotatedAt}, for requests the browser sent at once with it
 * @param secret the device's key for deriving its next token from the current one, so that every request
 *     in the grace period gets the same next token without that token being stored
 */
@Document(RememberedDeviceRecord.COLLECTION)
record RememberedDeviceRecord(
        @Id String series,
        String username,
        String tokenHash,
        String previousTokenHash,
        Instant rotatedAt,
        String secret,
        Instant lastUsed) {

    static final String COLLECTION = "remember_me_tokens";
    static final String USERNAME = "username";
    static final String TOKEN_HASH = "tokenHash";
    static final String PREVIOUS_TOKEN_HASH = "previousTokenHash";
    static final String ROTATED_AT = "rotatedAt";
    static final String LAST_USED = "lastUsed";

    @Override
    public String toString() {
        return "RememberedDeviceRecord[series=" + series + ", username=" + username + ", lastUsed=" + lastUsed + "]";
    }
}
