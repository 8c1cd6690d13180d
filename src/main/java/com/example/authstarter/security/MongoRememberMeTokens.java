package com.example.authstarter.security;

import com.example.authstarter.base.ExpiringCollection;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps "remember me" tokens in MongoDB, so they survive restarts and are shared by every instance of the
 * app. Spring Security's persistent-token scheme detects a stolen cookie (a reused token) and then drops all
 * of the user's tokens. Tokens unused for longer than they are valid are swept.
 */
@Component
class MongoRememberMeTokens implements PersistentTokenRepository, SmartInitializingSingleton {

    static final Duration VALIDITY = Duration.ofDays(30);

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
        return new ExpiringCollection(RememberMeToken.COLLECTION, RememberMeToken.LAST_USED, VALIDITY, "expire_unused");
    }

    @Override
    public void createNewToken(PersistentRememberMeToken token) {
        mongo.insert(new RememberMeToken(
                token.getSeries(),
                token.getUsername(),
                token.getTokenValue(),
                token.getDate().toInstant()));
    }

    @Override
    public void updateToken(String series, String tokenValue, Date lastUsed) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(series)),
                Update.update("tokenValue", tokenValue).set(RememberMeToken.LAST_USED, lastUsed.toInstant()),
                RememberMeToken.class);
    }

    @Override
    public PersistentRememberMeToken getTokenForSeries(String seriesId) {
        var token = mongo.findById(seriesId, RememberMeToken.class);
        if (token == null) {
            return null;
        }
        return new PersistentRememberMeToken(
                token.username(), token.series(), token.tokenValue(), Date.from(token.lastUsed()));
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

    @Override
    public void removeUserTokens(String username) {
        mongo.remove(Query.query(Criteria.where(RememberMeToken.USERNAME).is(username)), RememberMeToken.class);
    }
}
