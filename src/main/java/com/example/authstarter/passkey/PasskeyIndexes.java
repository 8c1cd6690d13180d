package com.example.authstarter.passkey;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The passkeys' indexes, made before the web server takes requests. The unique one keeps one user handle
 * per account; a passkey's id is its {@code _id}, unique already, so no passkey is registered twice.
 */
@Component
class PasskeyIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    PasskeyIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(PasskeyUser.class)
                .createIndex(new Index(PasskeyUser.USERNAME_KEY, Sort.Direction.ASC)
                        .unique()
                        .named("username_unique"));
        mongo.indexOps(PasskeyRecord.class)
                .createIndex(new Index(PasskeyRecord.USER_HANDLE, Sort.Direction.ASC).named("user_handle"));
    }
}
