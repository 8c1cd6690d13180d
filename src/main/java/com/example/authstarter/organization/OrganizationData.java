package com.example.authstarter.organization;

import com.example.authstarter.base.NothingHereException;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The one way to read and write documents that belong to an organization: each has a field {@value #FIELD}.
 * Every call names the role it needs, asks {@link CurrentOrganization} for the signed-in person's organization and
 * role at that moment, and adds {@code organizationId = <that organization>} to its query. A document of another
 * organization is "not found" here whatever its id, for reading, changing and deleting alike; so is everything for
 * a person whose role is too low, or who was removed a moment ago.
 */
@Component
public class OrganizationData {

    /** The field every organization-owned document has; give it an index (with your other fields). */
    public static final String FIELD = "organizationId";

    private final MongoTemplate mongo;
    private final CurrentOrganization current;

    OrganizationData(MongoTemplate mongo, CurrentOrganization current) {
        this.mongo = mongo;
        this.current = current;
    }

    /** The current organization's documents of {@code type} matching {@code query} (which is not changed). */
    public <T> List<T> find(OrganizationRole role, Query query, Class<T> type) {
        return mongo.find(Query.of(query).addCriteria(in(current.require(role))), type);
    }

    /** The current organization's document with {@code id}; "not found" if none, or another organization's. */
    public <T> T get(OrganizationRole role, String id, Class<T> type) {
        var found = mongo.findOne(Query.query(byId(current.require(role), id)), type);
        if (found == null) {
            throw new NothingHereException();
        }
        return found;
    }

    /** Stores a new document, made for the current organization by {@code make} (which puts its id in the field). */
    public <T extends OrganizationOwned> T insert(OrganizationRole role, Function<OrganizationContext, T> make) {
        var context = current.require(role);
        var document = make.apply(context);
        if (!context.organizationId().equals(document.organizationId())) {
            throw new IllegalArgumentException("A document made for another organization");
        }
        return mongo.insert(document);
    }

    /** Changes the current organization's document with {@code id}; "not found" if none, or another's. */
    public void update(OrganizationRole role, String id, Update update, Class<?> type) {
        if (update.modifies(FIELD)) {
            throw new IllegalArgumentException("A document stays with its organization");
        }
        if (mongo.updateFirst(Query.query(byId(current.require(role), id)), update, type)
                        .getMatchedCount()
                == 0) {
            throw new NothingHereException();
        }
    }

    /** Deletes the current organization's document with {@code id}; "not found" if none, or another's. */
    public void remove(OrganizationRole role, String id, Class<?> type) {
        if (mongo.remove(Query.query(byId(current.require(role), id)), type).getDeletedCount() == 0) {
            throw new NothingHereException();
        }
    }

    /** Deletes every document of {@code type} of a deleted organization ({@link OrganizationEvents.Deleted}). */
    public void removeAll(OrganizationEvents.Deleted deleted, Class<?> type) {
        mongo.remove(Query.query(Criteria.where(FIELD).is(deleted.organizationId())), type);
    }

    private static Criteria byId(OrganizationContext context, String id) {
        return Criteria.where("_id").is(id).and(FIELD).is(context.organizationId());
    }

    private static Criteria in(OrganizationContext context) {
        return Criteria.where(FIELD).is(context.organizationId());
    }
}
