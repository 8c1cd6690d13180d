package com.example.authstarter.outbox;

import com.example.authstarter.base.ExpiringCollection;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Service;

/** Promises work: it is stored before this returns, and done off the request thread ({@link OutboxWorker}). */
@Service
public class Outbox implements SmartInitializingSingleton {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final OutboxWorker worker;

    Outbox(MongoTemplate mongo, Clock clock, OutboxWorker worker) {
        this.mongo = mongo;
        this.clock = clock;
        this.worker = worker;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(OutboxEntry.class)
                .createIndex(new Index(OutboxEntry.DONE_AT, Sort.Direction.ASC)
                        .on(OutboxEntry.NEXT_ATTEMPT_AT, Sort.Direction.ASC)
                        .named("due"));
    }

    /** Finished work is kept a week, for a look at what was sent, then swept. */
    @Bean
    static ExpiringCollection expiringOutbox() {
        return ExpiringCollection.at(OutboxEntry.COLLECTION, OutboxEntry.EXPIRE_AT, "expire_at");
    }

    public void enqueue(String kind, Map<String, String> payload) {
        mongo.insert(OutboxEntry.of(kind, Map.copyOf(payload), clock.instant()));
        worker.wake();
    }
}
