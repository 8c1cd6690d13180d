package com.example.authstarter.twostep;

import com.example.authstarter.user.AccountEvents;
import com.example.authstarter.user.UserKeys;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Two-step sign-in for an account: setting it up (a new secret, confirmed with a first code, which yields
 * the recovery codes), checking a code at sign-in, and turning it off. Every change is one conditional
 * update, so a code or a recovery code is accepted once even when two requests bring it at the same moment.
 */
@Service
public class TwoStep {

    private static final String ISSUER = "Vaadin Auth Starter";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TwoStep(MongoTemplate mongo, Clock clock, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.clock = clock;
        this.events = events;
    }

    /** What the person adds to their authenticator app: the secret as text, and as an {@code otpauth:} link. */
    public record Setup(String secret, String otpauthUri) {

        @Override
        public String toString() {
            return "Setup[secret hidden]";
        }
    }

    public boolean isOn(String username) {
        return mongo.exists(
                Query.query(Criteria.where("_id")
                        .is(key(username))
                        .and(TwoStepRecord.ON)
                        .is(true)),
                TwoStepRecord.class);
    }

    /**
     * A new secret for the account, not in force until {@link #confirm} sees a code made with it.
     *
     * @throws IllegalStateException if two-step sign-in is on already (turn it off first)
     */
    public Setup begin(String username) {
        var secret = new byte[20];
        RANDOM.nextBytes(secret);
        var text = Base32.encode(secret);
        var notOn = Query.query(
                Criteria.where("_id").is(key(username)).and(TwoStepRecord.ON).ne(true));
        var pending = new Update()
                .set(TwoStepRecord.SECRET, text)
                .set(TwoStepRecord.ON, false)
                .set(TwoStepRecord.LAST_STEP, 0L)
                .set(TwoStepRecord.RECOVERY_CODES, List.of());
        try {
            mongo.upsert(notOn, pending, TwoStepRecord.class);
        } catch (DuplicateKeyException alreadyOn) {
            // The upsert found no record that is off, and the one that is on holds the key.
            throw new IllegalStateException("Two-step sign-in is on already for " + username, alreadyOn);
        }
        var label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8)
                .replace("+", "%20");
        var issuer = URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20");
        return new Setup(
                text,
                "otpauth://totp/" + label + "?secret=" + text + "&issuer=" + issuer + "&algorithm=SHA1&digits="
                        + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
    }

    /**
     * Turns two-step sign-in on when {@code code} was made with the secret from {@link #begin}; returns the
     * recovery codes, shown this once, or empty when the code is wrong (or nothing is being set up).
     */
    public Optional<List<String>> confirm(String username, String code) {
        var pending = mongo.findOne(
                Query.query(Criteria.where("_id")
                        .is(key(username))
                        .and(TwoStepRecord.ON)
                        .is(false)),
                TwoStepRecord.class);
        if (pending == null) {
            return Optional.empty();
        }
        var step = Totp.matchingStep(Base32.decode(pending.secret()), code, clock.instant());
        if (step.isEmpty()) {
            return Optional.empty();
        }
        var codes = RecoveryCodes.newCodes();
        var turnedOn = mongo.updateFirst(
                Query.query(Criteria.where("_id")
                        .is(key(username))
                        .and(TwoStepRecord.ON)
                        .is(false)
                        .and(TwoStepRecord.SECRET)
                        .is(pending.secret())),
                new Update()
                        .set(TwoStepRecord.ON, true)
                        .set(TwoStepRecord.LAST_STEP, step.getAsLong())
                        .set(TwoStepRecord.RECOVERY_CODES, RecoveryCodes.hashes(codes))
                        .set(TwoStepRecord.SINCE, clock.instant()),
                TwoStepRecord.class);
        if (turnedOn.getModifiedCount() != 1) {
            return Optional.empty();
        }
        events.publishEvent(new TwoStepEvents.TurnedOn(username));
        return Optional.of(codes);
    }

    /**
     * Whether {@code typed} is a current code of the account's app that was not used before, or one of its
     * unused recovery codes; either is used up by this.
     */
    public boolean accept(String username, String typed) {
        var record = mongo.findOne(
                Query.query(Criteria.where("_id")
                        .is(key(username))
                        .and(TwoStepRecord.ON)
                        .is(true)),
                TwoStepRecord.class);
        if (record == null || typed == null) {
            return false;
        }
        var step = Totp.matchingStep(Base32.decode(record.secret()), typed, clock.instant());
        if (step.isPresent()) {
            // Only a later step than the last accepted one: a code seen over someone's shoulder is spent.
            return mongo.updateFirst(
                                    Query.query(Criteria.where("_id")
                                            .is(record.usernameKey())
                                            .and(TwoStepRecord.ON)
                                            .is(true)
                                            .and(TwoStepRecord.LAST_STEP)
                                            .lt(step.getAsLong())),
                                    new Update().set(TwoStepRecord.LAST_STEP, step.getAsLong()),
                                    TwoStepRecord.class)
                            .getModifiedCount()
                    == 1;
        }
        var hash = RecoveryCodes.hash(typed);
        var used = mongo.findAndModify(
                Query.query(Criteria.where("_id")
                        .is(record.usernameKey())
                        .and(TwoStepRecord.ON)
                        .is(true)
                        .and(TwoStepRecord.RECOVERY_CODES)
                        .is(hash)),
                new Update().pull(TwoStepRecord.RECOVERY_CODES, hash),
                FindAndModifyOptions.options().returnNew(true),
                TwoStepRecord.class);
        if (used == null) {
            return false;
        }
        events.publishEvent(new TwoStepEvents.RecoveryCodeUsed(
                username, used.recoveryCodes().size()));
        return true;
    }

    /** How many recovery codes the account has left; 0 when two-step sign-in is off. */
    public int recoveryCodesLeft(String username) {
        var record = mongo.findOne(
                Query.query(Criteria.where("_id")
                        .is(key(username))
                        .and(TwoStepRecord.ON)
                        .is(true)),
                TwoStepRecord.class);
        return record == null || record.recoveryCodes() == null
                ? 0
                : record.recoveryCodes().size();
    }

    /** New recovery codes in place of all the old ones, shown this once; empty when two-step sign-in is off. */
    public Optional<List<String>> newRecoveryCodes(String username) {
        var codes = RecoveryCodes.newCodes();
        var replaced = mongo.findAndModify(
                Query.query(Criteria.where("_id")
                        .is(key(username))
                        .and(TwoStepRecord.ON)
                        .is(true)),
                new Update().set(TwoStepRecord.RECOVERY_CODES, RecoveryCodes.hashes(codes)),
                FindAndModifyOptions.options().returnNew(true),
                TwoStepRecord.class);
        if (replaced == null) {
            return Optional.empty();
        }
        events.publishEvent(new TwoStepEvents.RecoveryCodesRenewed(username));
        return Optional.of(codes);
    }

    /** Turns two-step sign-in off: the secret and the recovery codes are gone. */
    public void turnOff(String username) {
        var wasOn = isOn(username);
        remove(username);
        if (wasOn) {
            events.publishEvent(new TwoStepEvents.TurnedOff(username));
        }
    }

    @EventListener
    void onDeleted(AccountEvents.AccountDeleted event) {
        remove(event.username());
    }

    private void remove(String username) {
        mongo.remove(Query.query(Criteria.where("_id").is(key(username))), TwoStepRecord.class);
    }

    private static String key(String username) {
        return UserKeys.username(username);
    }
}
