package com.example.authstarter.external;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The identities' indexes, made before the web server takes requests: the unique one links an identity to one
 * account at most, whatever the instances and timing; the other lists an account's identities.
 */
@Component
class ExternalIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    ExternalIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(ExternalIdentity.class)
                .createIndex(new Index()
                        .on(ExternalIdentity.ISSUER, Sort.Direction.ASC)
                        .on(ExternalIdentity.SUBJECT, Sort.Direction.ASC)
                        .unique()
                        .named("issuer_subject_unique"));
        mongo.indexOps(ExternalIdentity.class)
                .createIndex(new Index(ExternalIdentity.USERNAME_KEY, Sort.Direction.ASC).named("username"));
    }
}
