package com.example.authstarter.twostep;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An account's authenticator-app secret and recovery codes. While {@code on} is false the secret is only
 * being set up (shown, not yet confirmed with a code). Recovery codes are stored only as SHA-256 hashes.
 *
 * @param usernameKey the account's key, as {@code users.usernameKey}
 * @param lastStep the time step of the last code accepted: no code of that step or before is taken again
 */
@Document(TwoStepRecord.COLLECTION)
record TwoStepRecord(
        @Id String usernameKey, String secret, boolean on, long lastStep, List<String> recoveryCodes, Instant since) {

    static final String COLLECTION = "two_step";
    static final String SECRET = "secret";
    static final String ON = "on";
    static final String LAST_STEP = "lastStep";
    static final String RECOVERY_CODES = "recoveryCodes";
    static final String SINCE = "since";

    @Override
    public String toString() {
        return "TwoStepRecord[usernameKey=" + usernameKey + ", on=" + on + "]";
    }
}
