package com.example.authstarter.passkey;

import com.example.authstarter.base.Problem;
import com.example.authstarter.user.AccountEvents;
import com.example.authstarter.user.SignInWays;
import com.example.authstarter.user.WayIn;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * A person's passkeys as the account page shows them: list, rename, remove. Adding one goes through Spring
 * Security's endpoints and {@link PasskeyRelyingParty}. Every change names the account's user handle in its
 * query, so nobody renames or removes another person's passkey by its id.
 */
@Service
public class Passkeys implements WayIn {

    /** The browser side of passkeys, a plain module served from {@code META-INF/resources}. */
    public static final String SCRIPT = "passkeys.js";

    private final MongoTemplate mongo;
    private final PasskeyUserStore users;
    private final ApplicationEventPublisher events;
    private final SignInWays ways;

    Passkeys(MongoTemplate mongo, PasskeyUserStore users, ApplicationEventPublisher events, SignInWays ways) {
        this.ways = ways;
        this.mongo = mongo;
        this.users = users;
        this.events = events;
    }

    /** A passkey as its owner sees it; {@code lastUsed} equals {@code created} until it signs in. */
    public record Passkey(String id, String name, Instant created, Instant lastUsed) {}

    /** The account's passkeys, oldest first. */
    public List<Passkey> of(String username) {
        var handle = users.handleOf(username);
        if (handle == null) {
            return List.of();
        }
        return mongo.find(ofHandle(handle), PasskeyRecord.class).stream()
                .map(stored -> new Passkey(stored.credentialId(), stored.label(), stored.created(), stored.lastUsed()))
                .sorted(Comparator.comparing(Passkey::created).thenComparing(Passkey::id))
                .toList();
    }

    @Override
    public long countFor(String username) {
        var handle = users.handleOf(username);
        return handle == null ? 0 : mongo.count(ofHandle(handle), PasskeyRecord.class);
    }

    public boolean has(String username) {
        var handle = users.handleOf(username);
        return handle != null && mongo.exists(ofHandle(handle), PasskeyRecord.class);
    }

    /**
     * Gives one of the account's passkeys a new name.
     *
     * @return false when the name is empty, too long or has control characters (nothing changes)
     */
    public boolean rename(String username, String id, String name) {
        var acceptable = PasskeyRelyingParty.acceptableName(name);
        var handle = users.handleOf(username);
        if (acceptable == null || handle == null) {
            return false;
        }
        mongo.updateFirst(one(handle, id), Update.update(PasskeyRecord.LABEL, acceptable), PasskeyRecord.class);
        return true;
    }

    /**
     * Removes one of the account's passkeys: it signs in no more, here or on any instance.
     *
     * @return {@link SignInWays#LAST_WAY_IN} when it is the account's last way to sign in (no password, nothing
     *     else), and nothing changed; null otherwise
     */
    public Problem remove(String username, String id) {
        var handle = users.handleOf(username);
        if (handle == null) {
            return null;
        }
        if (ways.isLast(username)) {
            return SignInWays.LAST_WAY_IN;
        }
        var removed = mongo.findAndRemove(one(handle, id), PasskeyRecord.class);
        if (removed != null) {
            events.publishEvent(new PasskeyEvents.Removed(username, removed.label()));
        }
        return null;
    }

    @EventListener
    void onDeleted(AccountEvents.AccountDeleted event) {
        var handle = users.handleOf(event.username());
        if (handle != null) {
            mongo.remove(ofHandle(handle), PasskeyRecord.class);
        }
        users.deleteByName(event.username());
    }

    private static Query ofHandle(String handle) {
        return Query.query(Criteria.where(PasskeyRecord.USER_HANDLE).is(handle));
    }

    private static Query one(String handle, String id) {
        return Query.query(
                Criteria.where("_id").is(id).and(PasskeyRecord.USER_HANDLE).is(handle));
    }
}
