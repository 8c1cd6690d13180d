package com.example.authstarter.testing;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The one way tests start clean: every collection emptied, its indexes kept. */
@Component
public class Database {

    private final MongoTemplate mongo;
    private final Mails mails;

    Database(MongoTemplate mongo, Mails mails) {
        this.mongo = mongo;
        this.mails = mails;
    }

    /**
     * No accounts and nothing that remembers them: audit events, sign-in counters (all test sign-ins come
     * from one address), remember-me devices, claims, tokens, the outbox; and no mail received.
     */
    public void startFresh() {
        for (var collection : mongo.getCollectionNames()) {
            mongo.remove(new Query(), collection);
        }
        mails.empty();
    }
}
