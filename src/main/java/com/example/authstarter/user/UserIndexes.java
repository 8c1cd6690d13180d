package com.example.authstarter.user;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates the users' indexes before the web server takes requests. The unique ones are what really keeps
 * names and emails unique: two sign-ups racing past the form's check cannot both be stored.
 */
@Component
class UserIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    UserIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var indexes = mongo.indexOps(User.class);
        indexes.createIndex(
                new Index(User.USERNAME_KEY, Sort.Direction.ASC).unique().named("username_unique"));
        indexes.createIndex(
                new Index(User.EMAIL_KEY, Sort.Direction.ASC).unique().named("email_unique"));
        indexes.createIndex(new Index(User.CREATED_AT, Sort.Direction.ASC).named("created_at"));
    }
}
