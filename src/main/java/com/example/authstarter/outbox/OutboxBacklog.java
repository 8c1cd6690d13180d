package com.example.authstarter.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * How much promised work waits, as two gauges read from MongoDB at each scrape (the outbox is shared, so every
 * instance reports the same): {@value #WAITING}, the entries not done yet, and {@value #OLDEST_DUE}, how long the
 * oldest entry that is due has been waiting, in seconds (0 when none is). A mail server that stopped taking mail
 * shows as the second growing.
 */
@Component
class OutboxBacklog implements SmartInitializingSingleton {

    static final String WAITING = "authstarter.outbox.waiting";
    static final String OLDEST_DUE = "authstarter.outbox.oldest.due";

    private final MongoTemplate mongo;
    private final MeterRegistry meters;
    private final Clock clock;

    OutboxBacklog(MongoTemplate mongo, MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Gauge.builder(WAITING, this, OutboxBacklog::waiting)
                .description("Outbox entries not done yet")
                .register(meters);
        Gauge.builder(OLDEST_DUE, this, OutboxBacklog::oldestDueSeconds)
                .description("Seconds the oldest due outbox entry has waited")
                .baseUnit("seconds")
                .register(meters);
    }

    private double waiting() {
        return mongo.count(Query.query(notDone()), OutboxEntry.class);
    }

    private double oldestDueSeconds() {
        var now = clock.instant();
        var oldest = mongo.findOne(
                Query.query(notDone().and(OutboxEntry.NEXT_ATTEMPT_AT).lte(now))
                        .with(Sort.by(OutboxEntry.NEXT_ATTEMPT_AT))
                        .limit(1),
                OutboxEntry.class);
        return oldest == null
                ? 0
                : Duration.between(oldest.nextAttemptAt(), now).toMillis() / 1000.0;
    }

    private static Criteria notDone() {
        return Criteria.where(OutboxEntry.DONE_AT).is(null);
    }
}
