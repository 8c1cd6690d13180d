package com.example.authstarter.external;

import com.example.authstarter.user.AccountEvents;
import com.example.authstarter.user.UserKeys;
import com.example.authstarter.user.WayIn;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The identities at other providers linked to accounts: found by issuer and subject at a sign-in, listed,
 * linked and unlinked in "Connected accounts", and removed with their account. Every link and unlink is announced
 * ({@link ExternalEvents}): audited and mailed to the owner.
 */
@Service
public class ExternalIdentities implements WayIn {

    /** An identity as its owner sees it in "Connected accounts". */
    public record Connected(
            String id, String providerId, String provider, String email, Instant linkedAt, Instant lastUsedAt) {}

    private final MongoTemplate mongo;
    private final ExternalProviders providers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExternalIdentities(
            MongoTemplate mongo, ExternalProviders providers, ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.providers = providers;
        this.events = events;
        this.clock = clock;
    }

    /** The account an identity signs in to, if it is linked; the time of use and the address it gave are updated. */
    Optional<ExternalIdentity> signedIn(ExternalProfile profile) {
        var update = new Update()
                .set(ExternalIdentity.LAST_USED_AT, clock.instant())
                .set(ExternalIdentity.EMAIL, profile.email())
                .set(ExternalIdentity.EMAIL_VERIFIED, profile.emailVerified());
        return Optional.ofNullable(mongo.findAndModify(keyOf(profile), update, ExternalIdentity.class));
    }

    /**
     * Links the identity to the account.
     *
     * @return false when it is linked to another account already (the unique index decides, across instances)
     */
    boolean link(ExternalProfile profile, String username) {
        var now = clock.instant();
        try {
            mongo.insert(new ExternalIdentity(
                    null,
                    profile.issuer(),
                    profile.subject(),
                    profile.registrationId(),
                    UserKeys.username(username),
                    profile.email(),
                    profile.emailVerified(),
                    now,
                    now));
        } catch (DuplicateKeyException linkedAlready) {
            return mongo.exists(
                    keyOf(profile)
                            .addCriteria(Criteria.where(ExternalIdentity.USERNAME_KEY)
                                    .is(UserKeys.username(username))),
                    ExternalIdentity.class);
        }
        events.publishEvent(new ExternalEvents.Linked(username, nameOf(profile.registrationId())));
        return true;
    }

    /** The account's connected identities, the most recently linked last. */
    public List<Connected> of(String username) {
        return mongo.find(ofAccount(username), ExternalIdentity.class).stream()
                .sorted(Comparator.comparing(ExternalIdentity::linkedAt))
                .map(identity -> new Connected(
                        identity.id(),
                        identity.registrationId(),
                        nameOf(identity.registrationId()),
                        identity.email(),
                        identity.linkedAt(),
                        identity.lastUsedAt()))
                .toList();
    }

    /** How many identities sign in to the account. */
    @Override
    public long countFor(String username) {
        return mongo.count(ofAccount(username), ExternalIdentity.class);
    }

    /**
     * Unlinks one of the account's identities; the caller has made sure it is not the account's last way in.
     *
     * @return false when it was not linked to this account (gone already, or another's)
     */
    public boolean unlink(String username, String identityId) {
        var removed = mongo.findAndRemove(
                ofAccount(username).addCriteria(Criteria.where("_id").is(identityId)), ExternalIdentity.class);
        if (removed == null) {
            return false;
        }
        events.publishEvent(new ExternalEvents.Unlinked(username, nameOf(removed.registrationId())));
        return true;
    }

    /** The provider's name as the sign-in page shows it; the id for one no longer configured. */
    String nameOf(String registrationId) {
        return providers
                .find(registrationId)
                .map(ExternalProviders.Provider::name)
                .orElse(registrationId);
    }

    @EventListener
    void onDeleted(AccountEvents.AccountDeleted event) {
        mongo.remove(ofAccount(event.username()), ExternalIdentity.class);
    }

    private static Query keyOf(ExternalProfile profile) {
        return Query.query(Criteria.where(ExternalIdentity.ISSUER)
                .is(profile.issuer())
                .and(ExternalIdentity.SUBJECT)
                .is(profile.subject()));
    }

    private static Query ofAccount(String username) {
        return Query.query(Criteria.where(ExternalIdentity.USERNAME_KEY).is(UserKeys.username(username)));
    }
}
