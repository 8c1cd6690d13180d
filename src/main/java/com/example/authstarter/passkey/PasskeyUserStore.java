package com.example.authstarter.passkey;

import com.example.authstarter.user.UserKeys;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Component;

/** Spring Security's store of WebAuthn user entities, in MongoDB ({@link PasskeyUser}). */
@Component
class PasskeyUserStore implements PublicKeyCredentialUserEntityRepository {

    private final MongoTemplate mongo;

    PasskeyUserStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public PublicKeyCredentialUserEntity findById(Bytes id) {
        var found = mongo.findById(id.toBase64UrlString(), PasskeyUser.class);
        return found == null ? null : entity(found);
    }

    @Override
    public PublicKeyCredentialUserEntity findByUsername(String username) {
        var found = mongo.findOne(byName(username), PasskeyUser.class);
        return found == null ? null : entity(found);
    }

    /**
     * The account's entity, made with a new random handle if it has none yet: one atomic upsert, so two
     * passkeys being added at once in two tabs end up under the same handle.
     */
    PublicKeyCredentialUserEntity findOrCreate(String username) {
        var made = new Update()
                .setOnInsert("_id", Bytes.random().toBase64UrlString())
                .setOnInsert("name", username)
                .setOnInsert("displayName", username);
        var stored = mongo.findAndModify(
                byName(username),
                made,
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                PasskeyUser.class);
        return entity(stored);
    }

    @Override
    public void save(PublicKeyCredentialUserEntity entity) {
        mongo.save(new PasskeyUser(
                entity.getId().toBase64UrlString(),
                UserKeys.username(entity.getName()),
                entity.getName(),
                entity.getDisplayName()));
    }

    @Override
    public void delete(Bytes id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id.toBase64UrlString())), PasskeyUser.class);
    }

    /** The account's user handle (base64url), or null before its first passkey. */
    String handleOf(String username) {
        var found = mongo.findOne(byName(username), PasskeyUser.class);
        return found == null ? null : found.userHandle();
    }

    void deleteByName(String username) {
        mongo.remove(byName(username), PasskeyUser.class);
    }

    private static Query byName(String username) {
        return Query.query(Criteria.where(PasskeyUser.USERNAME_KEY).is(UserKeys.username(username)));
    }

    private static PublicKeyCredentialUserEntity entity(PasskeyUser user) {
        return ImmutablePublicKeyCredentialUserEntity.builder()
                .id(Bytes.fromBase64(user.userHandle()))
                .name(user.name())
                .displayName(user.displayName())
                .build();
    }
}
