package com.example.authstarter.sessions;

import com.example.authstarter.base.AppInstance;
import com.example.authstarter.base.ExpiringCollection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Which instances of the app are running: each says so in MongoDB every few seconds. Sessions held by an
 * instance that stopped saying so (it was killed) are gone with it, so the session lists leave them out
 * rather than show sessions no one can use; their records are swept later.
 */
@Component
class LiveInstances implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LiveInstances.class);

    static final String COLLECTION = "instances";
    /** How often each instance says it runs. */
    static final long BEAT_SECONDS = 5;
    /** Silent for this long: taken for dead. Generous, so that a long garbage collection is not. */
    static final Duration SILENCE = Duration.ofSeconds(30);

    private final MongoTemplate mongo;
    private final AppInstance instance;
    private final Clock clock;
    /** When this instance's heartbeat was last written; null until the first. */
    private volatile Instant lastBeat;

    LiveInstances(MongoTemplate mongo, AppInstance instance, Clock clock) {
        this.mongo = mongo;
        this.instance = instance;
        this.clock = clock;
    }

    @Bean
    static ExpiringCollection expiringInstances() {
        return ExpiringCollection.at(COLLECTION, "expireAt", "expire_at");
    }

    /** Says so at once, before the first request, so that its sessions are listed from the start. */
    @Override
    public void afterSingletonsInstantiated() {
        beat();
    }

    @Scheduled(fixedDelay = BEAT_SECONDS, initialDelay = BEAT_SECONDS, timeUnit = TimeUnit.SECONDS)
    void beatOnSchedule() {
        try {
            beat();
        } catch (DataAccessException unreachable) {
            // The database is away for a moment (the app answers 503 meanwhile); the next beat says it again.
            log.warn("Instance heartbeat not written: {}", unreachable.getMessage());
        }
    }

    void beat() {
        var now = clock.instant();
        mongo.upsert(
                Query.query(Criteria.where("_id").is(instance.id())),
                Update.update("name", instance.name())
                        .set("lastBeat", now)
                        .set("expireAt", now.plus(Duration.ofDays(1))),
                COLLECTION);
        lastBeat = now;
    }

    /** How long ago this instance's heartbeat was last written (a gauge: growing while the database is away). */
    double secondsSinceLastBeat() {
        var last = lastBeat;
        return last == null ? 0 : Duration.between(last, clock.instant()).toMillis() / 1000.0;
    }

    /** The ids of the instances heard from lately, this one always among them. */
    Set<String> ids() {
        var heardSince = clock.instant().minus(SILENCE);
        var query = Query.query(Criteria.where("lastBeat").gte(heardSince));
        query.fields().include("_id");
        var live = mongo.find(query, Document.class, COLLECTION).stream()
                .map(document -> document.getString("_id"))
                .collect(Collectors.toSet());
        live.add(instance.id());
        return live;
    }
}
