package com.example.authstarter.organization;

import com.example.authstarter.base.NothingHereException;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The one way to read and write documents that belong to an organization: each has a field {@value #FIELD}, and
 * every query here gets {@code organizationId = <the current organization>} added, for a person with at least
 * the role asked for. A document of another organization is "not found" here whatever its id, for reading,
 * changing and deleting alike. Your service asks {@link CurrentOrganization#require} once for the context and
 * passes it to each call.
 */
@Component
public class OrganizationData {

    /** The field every organization-owned document has; give it an index (with your other fields). */
    public static final String FIELD = "organizationId";

    private final MongoTemplate mongo;

    OrganizationData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The organization's documents of {@code type} matching {@code query}. */
    public <T> List<T> find(OrganizationContext context, Query query, Class<T> type) {
        return mongo.find(query.addCriteria(in(context)), type);
    }

    /** The organization's document with {@code id}; "not found" if none, or another organization's. */
    public <T> T get(OrganizationContext context, String id, Class<T> type) {
        var found = mongo.findOne(Query.query(byId(context, id)), type);
        if (found == null) {
            throw new NothingHereException();
        }
        return found;
    }

    /**
     * Stores a new document of the organization. It must name the organization it is stored for: one made for
     * another is refused.
     */
    public <T extends OrganizationOwned> T insert(OrganizationContext context, T document) {
        if (!context.organizationId().equals(document.organizationId())) {
            throw new IllegalArgumentException("A document of another organization");
        }
        return mongo.insert(document);
    }

    /** Changes the organization's document with {@code id}; "not found" if none, or another organization's. */
    public void update(OrganizationContext context, String id, Update update, Class<?> type) {
        if (update.modifies(FIELD)) {
            throw new IllegalArgumentException("A document stays with its organization");
        }
        if (mongo.updateFirst(Query.query(byId(context, id)), update, type).getMatchedCount() == 0) {
            throw new NothingHereException();
        }
    }

    /** Deletes the organization's document with {@code id}; "not found" if none, or another organization's. */
    public void remove(OrganizationContext context, String id, Class<?> type) {
        if (mongo.remove(Query.query(byId(context, id)), type).getDeletedCount() == 0) {
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
