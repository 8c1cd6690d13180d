package com.example.authstarter.passkey;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One registered passkey: what Spring Security's {@code CredentialRecord} holds, as a MongoDB document. The
 * public key is stored; the private key never leaves the person's device.
 *
 * @param credentialId the authenticator's id for it, base64url
 * @param userHandle the WebAuthn user handle of its account ({@link PasskeyUser}), base64url
 * @param label the name the person gave it
 */
@Document(PasskeyRecord.COLLECTION)
record PasskeyRecord(
        @Id String credentialId,
        String userHandle,
        String label,
        String type,
        byte[] publicKey,
        long signatureCount,
        boolean uvInitialized,
        List<String> transports,
        boolean backupEligible,
        boolean backupState,
        byte[] attestationObject,
        byte[] attestationClientDataJson,
        Instant created,
        Instant lastUsed) {

    static final String COLLECTION = "passkeys";
    static final String USER_HANDLE = "userHandle";
    static final String LABEL = "label";
    static final String SIGNATURE_COUNT = "signatureCount";
    static final String UV_INITIALIZED = "uvInitialized";
    static final String BACKUP_STATE = "backupState";
    static final String LAST_USED = "lastUsed";

    @Override
    public String toString() {
        return "PasskeyRecord[credentialId=" + credentialId + ", label=" + label + "]";
    }
}
