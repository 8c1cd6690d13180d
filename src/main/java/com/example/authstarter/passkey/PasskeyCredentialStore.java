package com.example.authstarter.passkey;

import java.util.HashSet;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

/**
 * Spring Security's store of passkeys, in MongoDB ({@link PasskeyRecord}). Spring saves a record twice in
 * its life: when it is registered, and after each sign-in with the new signature count and time of use. One
 * upsert does both, writing only those changing fields on an existing record, so a sign-in never undoes a
 * rename made at the same moment.
 */
@Component
class PasskeyCredentialStore implements UserCredentialRepository {

    private final MongoTemplate mongo;

    PasskeyCredentialStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(CredentialRecord credential) {
        var type = credential.getCredentialType();
        var update = new Update()
                .set(PasskeyRecord.SIGNATURE_COUNT, credential.getSignatureCount())
                .set(PasskeyRecord.UV_INITIALIZED, credential.isUvInitialized())
                .set(PasskeyRecord.BACKUP_STATE, credential.isBackupState())
                .set(PasskeyRecord.LAST_USED, credential.getLastUsed())
                .setOnInsert(
                        PasskeyRecord.USER_HANDLE,
                        credential.getUserEntityUserId().toBase64UrlString())
                .setOnInsert(PasskeyRecord.LABEL, credential.getLabel())
                .setOnInsert("type", type == null ? PublicKeyCredentialType.PUBLIC_KEY.getValue() : type.getValue())
                .setOnInsert("publicKey", credential.getPublicKey().getBytes())
                .setOnInsert(
                        "transports",
                        credential.getTransports().stream()
                                .map(AuthenticatorTransport::getValue)
                                .sorted()
                                .toList())
                .setOnInsert("backupEligible", credential.isBackupEligible())
                .setOnInsert("attestationObject", bytes(credential.getAttestationObject()))
                .setOnInsert("attestationClientDataJson", bytes(credential.getAttestationClientDataJSON()))
                .setOnInsert("created", credential.getCreated());
        mongo.upsert(byId(credential.getCredentialId()), update, PasskeyRecord.class);
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        var found = mongo.findById(credentialId.toBase64UrlString(), PasskeyRecord.class);
        return found == null ? null : credential(found);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return mongo
                .find(
                        Query.query(Criteria.where(PasskeyRecord.USER_HANDLE).is(userId.toBase64UrlString())),
                        PasskeyRecord.class)
                .stream()
                .map(PasskeyCredentialStore::credential)
                .toList();
    }

    @Override
    public void delete(Bytes credentialId) {
        mongo.remove(byId(credentialId), PasskeyRecord.class);
    }

    private static Query byId(Bytes credentialId) {
        return Query.query(Criteria.where("_id").is(credentialId.toBase64UrlString()));
    }

    private static byte[] bytes(Bytes value) {
        return value == null ? null : value.getBytes();
    }

    private static CredentialRecord credential(PasskeyRecord stored) {
        var transports = new HashSet<AuthenticatorTransport>();
        stored.transports().forEach(transport -> transports.add(AuthenticatorTransport.valueOf(transport)));
        return ImmutableCredentialRecord.builder()
                .credentialId(Bytes.fromBase64(stored.credentialId()))
                .userEntityUserId(Bytes.fromBase64(stored.userHandle()))
                .label(stored.label())
                .credentialType(PublicKeyCredentialType.valueOf(stored.type()))
                .publicKey(new ImmutablePublicKeyCose(stored.publicKey()))
                .signatureCount(stored.signatureCount())
                .uvInitialized(stored.uvInitialized())
                .transports(transports)
                .backupEligible(stored.backupEligible())
                .backupState(stored.backupState())
                .attestationObject(stored.attestationObject() == null ? null : new Bytes(stored.attestationObject()))
                .attestationClientDataJSON(
                        stored.attestationClientDataJson() == null
                                ? null
                                : new Bytes(stored.attestationClientDataJson()))
                .created(stored.created())
                .lastUsed(stored.lastUsed())
                .build();
    }
}
