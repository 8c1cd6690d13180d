package com.example.authstarter.organization;

import com.example.authstarter.user.UserKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Who belongs to which organization, in MongoDB. Nothing is cached: every question is asked of the database, so a
 * membership ended or a role lowered on one instance counts on every instance from the next request on.
 */
@Component
class MembershipStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    MembershipStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    Optional<Membership> find(String organizationId, String username) {
        return Optional.ofNullable(mongo.findOne(Query.query(of(organizationId, username)), Membership.class));
    }

    /** The person's memberships, the current one (chosen last, else joined first) first. */
    List<Membership> ofPerson(String username) {
        var all = mongo.find(
                Query.query(Criteria.where(Membership.USERNAME_KEY).is(UserKeys.username(username)))
                        .with(Sort.by(Membership.SINCE)),
                Membership.class);
        // Stable: among memberships never chosen, the one joined first stays first.
        return all.stream()
                .sorted(Comparator.comparing(MembershipStore::chosen).reversed())
                .toList();
    }

    private static Instant chosen(Membership membership) {
        return membership.chosenAt() == null ? Instant.EPOCH : membership.chosenAt();
    }

    List<Membership> ofOrganization(String organizationId) {
        return mongo.find(
                Query.query(Criteria.where(Membership.ORGANIZATION_ID).is(organizationId))
                        .with(Sort.by(Membership.SINCE)),
                Membership.class);
    }

    long count(String organizationId) {
        return mongo.count(
                Query.query(Criteria.where(Membership.ORGANIZATION_ID).is(organizationId)), Membership.class);
    }

    long owners(String organizationId) {
        return mongo.count(
                Query.query(Criteria.where(Membership.ORGANIZATION_ID)
                        .is(organizationId)
                        .and(Membership.ROLE)
                        .is(OrganizationRole.OWNER)),
                Membership.class);
    }

    /** Adds the person; false when they were a member already (the unique index decides, across instances). */
    boolean add(String organizationId, String username, OrganizationRole role) {
        try {
            mongo.insert(new Membership(
                    null, organizationId, username, UserKeys.username(username), role, clock.instant(), null));
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    /** Sets the role if it is still {@code from}; false when it changed meanwhile or the member is gone. */
    boolean changeRole(String organizationId, String username, OrganizationRole from, OrganizationRole to) {
        return mongo.updateFirst(
                                Query.query(of(organizationId, username)
                                        .and(Membership.ROLE)
                                        .is(from)),
                                Update.update(Membership.ROLE, to),
                                Membership.class)
                        .getModifiedCount()
                > 0;
    }

    boolean remove(String organizationId, String username) {
        return mongo.remove(Query.query(of(organizationId, username)), Membership.class)
                        .getDeletedCount()
                > 0;
    }

    void removeAll(String organizationId) {
        mongo.remove(Query.query(Criteria.where(Membership.ORGANIZATION_ID).is(organizationId)), Membership.class);
    }

    /** Makes the organization the person's current one. */
    boolean choose(String organizationId, String username) {
        return mongo.updateFirst(
                                Query.query(of(organizationId, username)),
                                Update.update(Membership.CHOSEN_AT, clock.instant()),
                                Membership.class)
                        .getMatchedCount()
                > 0;
    }

    private static Criteria of(String organizationId, String username) {
        return Criteria.where(Membership.ORGANIZATION_ID)
                .is(organizationId)
                .and(Membership.USERNAME_KEY)
                .is(UserKeys.username(username));
    }
}
