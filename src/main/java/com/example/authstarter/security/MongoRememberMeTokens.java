package com.example.authstarter.security;

import com.example.authstarter.base.ExpiringCollection;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps the "remember me" devices in MongoDB, so they survive restarts and are shared by every instance of
 * the app; {@link RememberedDevices} signs in with them. Devices unused for longer than a cookie lives are
 * swept.
 */
@Component
class MongoRememberMeTokens implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    MongoRememberMeTokens(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(RememberMeToken.class)
                .createIndex(new Index(RememberMeToken.USERNAME, Sort.Direction.ASC).named("username"));
    }

    @Bean
    static ExpiringCollection expiringUnusedTokens() {
        return new ExpiringCollection(
                RememberMeToken.COLLECTION, RememberMeToken.LAST_USED, RememberedDevices.VALIDITY, "expire_unused");
    }

    void create(RememberMeToken token) {
        mongo.insert(token);
    }

    RememberMeToken find(String series) {
        return mongo.findById(series, RememberMeToken.class);
    }

    /**
     * Moves the device from its current token to the next, if its current token is still {@code
     * currentHash}; false when another request moved it first.
     */
    boolean rotate(String series, String currentHash, String nextHash, Instant now) {
        return mongo.updateFirst(
                                Query.query(Criteria.where("_id")
                                        .is(series)
                                        .and(RememberMeToken.TOKEN_HASH)
                                        .is(currentHash)),
                                Update.update(RememberMeToken.TOKEN_HASH, nextHash)
                                        .set(RememberMeToken.PREVIOUS_TOKEN_HASH, currentHash)
                                        .set(RememberMeToken.ROTATED_AT, now)
                                        .set(RememberMeToken.LAST_USED, now),
                                RememberMeToken.class)
                        .getModifiedCount()
                == 1;
    }

    /** The user's remember-me tokens, most recently used first. */
    List<RememberMeToken> tokensOf(String username) {
        var query = Query.query(Criteria.where(RememberMeToken.USERNAME).is(username))
                .with(Sort.by(Sort.Direction.DESC, RememberMeToken.LAST_USED));
        return mongo.find(query, RememberMeToken.class);
    }

    /** Forgets one of the user's devices; a device of someone else is left alone. */
    void forget(String username, String series) {
        mongo.remove(
                Query.query(Criteria.where("_id")
                        .is(series)
                        .and(RememberMeToken.USERNAME)
                        .is(username)),
                RememberMeToken.class);
    }

    /** Forgets every device of the user. */
    void removeUserTokens(String username) {
        mongo.remove(Query.query(Criteria.where(RememberMeToken.USERNAME).is(username)), RememberMeToken.class);
    }
}
