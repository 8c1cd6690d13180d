package com.example.authstarter.organization;

import com.example.authstarter.base.ExpiringCollection;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The organizations' indexes, made before the web server takes requests. The unique ones decide across
 * instances: one organization per address (slug), one membership per person and organization, one waiting
 * invitation per address and organization, one invitation per link.
 */
@Component
class OrganizationIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    OrganizationIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** An invitation nobody answered is swept once its link has expired. */
    @Bean
    static ExpiringCollection expiringInvitations() {
        return ExpiringCollection.at(Invitation.COLLECTION, Invitation.EXPIRES_AT, "expire_at");
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(Organization.class)
                .createIndex(new Index(Organization.SLUG, Sort.Direction.ASC)
                        .unique()
                        .named("slug_unique"));
        mongo.indexOps(Membership.class)
                .createIndex(new Index()
                        .on(Membership.ORGANIZATION_ID, Sort.Direction.ASC)
                        .on(Membership.USERNAME_KEY, Sort.Direction.ASC)
                        .unique()
                        .named("member_unique"));
        mongo.indexOps(Membership.class)
                .createIndex(new Index(Membership.USERNAME_KEY, Sort.Direction.ASC).named("by_person"));
        mongo.indexOps(Invitation.class)
                .createIndex(new Index()
                        .on(Invitation.ORGANIZATION_ID, Sort.Direction.ASC)
                        .on(Invitation.EMAIL_KEY, Sort.Direction.ASC)
                        .unique()
                        .named("invitation_unique"));
        mongo.indexOps(Invitation.class)
                .createIndex(new Index(Invitation.EMAIL_KEY, Sort.Direction.ASC).named("by_address"));
        mongo.indexOps(Invitation.class)
                .createIndex(new Index(Invitation.TOKEN_HASH, Sort.Direction.ASC)
                        .unique()
                        .named("token_unique"));
    }
}
