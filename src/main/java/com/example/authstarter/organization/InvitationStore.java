package com.example.authstarter.organization;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Invitations waiting for an answer, in MongoDB. Only unexpired ones are ever found. */
@Component
class InvitationStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    InvitationStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Stores it; empty when the address has a waiting invitation to the organization already. */
    Optional<Invitation> insert(Invitation invitation) {
        try {
            return Optional.of(mongo.insert(invitation));
        } catch (DuplicateKeyException waiting) {
            return Optional.empty();
        }
    }

    Optional<Invitation> byId(String id) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(
                        Criteria.where("_id").is(id).and(Invitation.EXPIRES_AT).gt(clock.instant())),
                Invitation.class));
    }

    Optional<Invitation> byTokenHash(String tokenHash) {
        return Optional.ofNullable(
                mongo.findOne(Query.query(valid().and(Invitation.TOKEN_HASH).is(tokenHash)), Invitation.class));
    }

    List<Invitation> ofOrganization(String organizationId) {
        return mongo.find(
                Query.query(valid().and(Invitation.ORGANIZATION_ID).is(organizationId))
                        .with(Sort.by(Sort.Direction.DESC, Invitation.EXPIRES_AT)),
                Invitation.class);
    }

    boolean isWaiting(String organizationId, String emailKey) {
        return mongo.exists(
                Query.query(valid().and(Invitation.ORGANIZATION_ID)
                        .is(organizationId)
                        .and(Invitation.EMAIL_KEY)
                        .is(emailKey)),
                Invitation.class);
    }

    /** Removes the address's expired invitation to the organization, which the sweeper has not reached yet. */
    void removeExpired(String organizationId, String emailKey) {
        mongo.remove(
                Query.query(Criteria.where(Invitation.ORGANIZATION_ID)
                        .is(organizationId)
                        .and(Invitation.EMAIL_KEY)
                        .is(emailKey)
                        .and(Invitation.EXPIRES_AT)
                        .lte(clock.instant())),
                Invitation.class);
    }

    List<Invitation> forAddress(String emailKey) {
        return mongo.find(Query.query(valid().and(Invitation.EMAIL_KEY).is(emailKey)), Invitation.class);
    }

    /** Puts a new link's token on it, valid until {@code expiresAt}; the earlier link stops working. */
    boolean newLink(String id, String tokenHash, Instant expiresAt) {
        return mongo.updateFirst(
                                Query.query(Criteria.where("_id").is(id)),
                                Update.update(Invitation.TOKEN_HASH, tokenHash).set(Invitation.EXPIRES_AT, expiresAt),
                                Invitation.class)
                        .getMatchedCount()
                > 0;
    }

    /**
     * Takes the invitation away, if it is still there and unexpired: the one answer it gets. Two answers at the same
     * moment, on any instance, find it once.
     */
    Optional<Invitation> take(String id) {
        return Optional.ofNullable(
                mongo.findAndRemove(Query.query(valid().and("_id").is(id)), Invitation.class));
    }

    /** Takes away the invitation whose latest link has {@code tokenHash}, if it is unexpired. */
    Optional<Invitation> takeByLink(String tokenHash) {
        return Optional.ofNullable(mongo.findAndRemove(
                Query.query(valid().and(Invitation.TOKEN_HASH).is(tokenHash)), Invitation.class));
    }

    /** Takes it away if it belongs to the organization: revoking one of another organization finds nothing. */
    Optional<Invitation> take(String id, String organizationId) {
        return Optional.ofNullable(mongo.findAndRemove(
                Query.query(Criteria.where("_id")
                        .is(id)
                        .and(Invitation.ORGANIZATION_ID)
                        .is(organizationId)),
                Invitation.class));
    }

    void removeAll(String organizationId) {
        mongo.remove(Query.query(Criteria.where(Invitation.ORGANIZATION_ID).is(organizationId)), Invitation.class);
    }

    private Criteria valid() {
        return Criteria.where(Invitation.EXPIRES_AT).gt(clock.instant());
    }
}
