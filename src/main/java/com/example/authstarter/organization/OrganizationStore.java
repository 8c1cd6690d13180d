package com.example.authstarter.organization;

import com.example.authstarter.base.MongoSlices;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The organizations themselves, in MongoDB. */
@Component
class OrganizationStore {

    private final MongoTemplate mongo;

    OrganizationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<Organization> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Organization.class));
    }

    Optional<Organization> bySlug(String slug) {
        return Optional.ofNullable(
                mongo.findOne(Query.query(Criteria.where(Organization.SLUG).is(slug)), Organization.class));
    }

    List<Organization> byIds(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Organization.class);
    }

    /** Stores it; empty when its slug is taken (the unique index decides, across instances). */
    Optional<Organization> insert(Organization organization) {
        try {
            return Optional.of(mongo.insert(organization));
        } catch (DuplicateKeyException taken) {
            return Optional.empty();
        }
    }

    boolean rename(String id, String name) {
        return mongo.updateFirst(
                                Query.query(Criteria.where("_id").is(id)),
                                Update.update(Organization.NAME, name),
                                Organization.class)
                        .getMatchedCount()
                > 0;
    }

    boolean delete(String id) {
        return mongo.remove(Query.query(Criteria.where("_id").is(id)), Organization.class)
                        .getDeletedCount()
                > 0;
    }

    /** Every organization, newest first, for administrators. */
    Slice<Organization> all(Pageable pageable) {
        return MongoSlices.find(
                mongo,
                new Query(),
                pageable,
                Sort.by(Sort.Direction.DESC, Organization.CREATED_AT),
                Organization.class);
    }
}
