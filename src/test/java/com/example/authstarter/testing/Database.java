package com.example.authstarter.testing;

import com.example.authstarter.base.AppInstance;
import java.time.Duration;
import java.util.Date;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The one way tests start clean: every collection emptied, its indexes kept. */
@Component
public class Database {

    private static final String OUTBOX = "outbox";

    private final MongoTemplate mongo;
    private final Mails mails;
    private final AppInstance instance;

    Database(MongoTemplate mongo, Mails mails, AppInstance instance) {
        this.mongo = mongo;
        this.mails = mails;
        this.instance = instance;
    }

    /**
     * No accounts and nothing that remembers them: audit events, sign-in counters (all test sign-ins come
     * from one address), remember-me devices, claims, tokens, the outbox; and no mail received. A mail the
     * outbox of this instance is sending at this moment (for the test before) is let finish first, so it does not
     * arrive in the next test's mailbox.
     */
    public void startFresh() {
        // Work not in this instance's hands is closed, so no one takes it up; work it is doing is given a moment
        // to finish (milliseconds, unless its worker is gone with a context that stopped).
        var notInHand = Query.query(Criteria.where("doneAt")
                .is(null)
                .orOperator(
                        Criteria.where("claimedUntil").is(null),
                        Criteria.where("claimedBy").ne(instance.id())));
        var open = Query.query(Criteria.where("doneAt").is(null));
        var deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        do {
            mongo.updateMulti(notInHand, Update.update("doneAt", new Date()), OUTBOX);
        } while (mongo.exists(open, OUTBOX) && System.nanoTime() < deadline && pause());
        for (var collection : mongo.getCollectionNames()) {
            mongo.remove(new Query(), collection);
        }
        mails.empty();
    }

    private static boolean pause() {
        try {
            Thread.sleep(20);
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
