package com.example.authstarter.token;

import com.example.authstarter.base.ExpiringCollection;
import com.example.authstarter.base.Hashes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Issues and redeems one-time tokens. Redeeming is one atomic update ("unused and unexpired → used"), so
 * a token works once even when two requests bring it at the same moment, on any instance.
 */
@Service
public class OneTimeTokens implements SmartInitializingSingleton {

    /** The query parameter that carries a token in every link: {@code …?token=…}. */
    public static final String PARAMETER = "token";

    /** What a redeemed (or still valid) token was issued for. */
    public record Ticket(String purpose, String username, String data, Instant createdAt, Instant expiresAt) {}

    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final MongoTemplate mongo;
    private final Clock clock;

    OneTimeTokens(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(StoredToken.class)
                .createIndex(new Index(StoredToken.USERNAME, Sort.Direction.ASC)
                        .on(StoredToken.PURPOSE, Sort.Direction.ASC)
                        .named("by_user"));
    }

    /** Used or not, a token is swept once it has expired. */
    @Bean
    static ExpiringCollection expiringTokens() {
        return ExpiringCollection.at(StoredToken.COLLECTION, StoredToken.EXPIRES_AT, "expire_at");
    }

    /**
     * A new token, valid for {@code validity}; the caller puts it in a link and nowhere else. Earlier unused
     * tokens of the account for the same purpose stop working, so only the latest link does.
     */
    public String issue(String purpose, String username, String data, Duration validity) {
        revoke(purpose, username);
        var token = newToken();
        var now = clock.instant();
        mongo.insert(new StoredToken(hash(token), purpose, username, data, now, now.plus(validity), null));
        return token;
    }

    /** Uses the token up: the ticket if it was issued for {@code purpose}, unused and unexpired; else empty. */
    public Optional<Ticket> redeem(String purpose, String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        var now = clock.instant();
        var redeemed = mongo.findAndModify(
                Query.query(valid(purpose, token, now)),
                Update.update(StoredToken.USED_AT, now),
                FindAndModifyOptions.options().returnNew(true),
                StoredToken.class);
        return Optional.ofNullable(redeemed).map(OneTimeTokens::ticket);
    }

    /** Whether the token would redeem now, without using it: to show a form only behind a working link. */
    public Optional<Ticket> peek(String purpose, String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                        mongo.findOne(Query.query(valid(purpose, token, clock.instant())), StoredToken.class))
                .map(OneTimeTokens::ticket);
    }

    /** Makes every unused token of the account for {@code purpose} worthless. */
    public void revoke(String purpose, String username) {
        mongo.updateMulti(
                Query.query(Criteria.where(StoredToken.USERNAME)
                        .is(username)
                        .and(StoredToken.PURPOSE)
                        .is(purpose)
                        .and(StoredToken.USED_AT)
                        .is(null)),
                Update.update(StoredToken.USED_AT, clock.instant()),
                StoredToken.class);
    }

    /**
     * A new random token of the same form as this service's, for a feature that keeps its tokens (only their
     * {@link #hash}) in a document of its own: an invitation.
     */
    public static String newToken() {
        var bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Criteria valid(String purpose, String token, Instant now) {
        return Criteria.where("_id")
                .is(hash(token))
                .and(StoredToken.PURPOSE)
                .is(purpose)
                .and(StoredToken.USED_AT)
                .is(null)
                .and(StoredToken.EXPIRES_AT)
                .gt(now);
    }

    /** Only what could be a token is hashed and looked up; a megabyte of junk is not. */
    public static boolean plausible(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(OneTimeTokens::isBase64Url);
    }

    private static boolean isBase64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    /** What is stored of a token: its hash, so that a copy of the database opens no link. */
    public static String hash(String token) {
        return Hashes.sha256Hex(token);
    }

    private static Ticket ticket(StoredToken stored) {
        return new Ticket(stored.purpose(), stored.username(), stored.data(), stored.createdAt(), stored.expiresAt());
    }
}
