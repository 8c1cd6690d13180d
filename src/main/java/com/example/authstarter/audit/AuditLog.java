package com.example.authstarter.audit;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Service;

/**
 * Keeps security events in MongoDB and counts them as the metric {@value #METRIC}, tagged by type. Events
 * are kept for a year, then removed by a TTL index.
 */
@Service
public class AuditLog implements SmartInitializingSingleton {

    public static final String METRIC = "authstarter.security.events";
    static final Duration RETENTION = Duration.ofDays(365);

    private final MongoTemplate mongo;
    private final MeterRegistry meters;
    private final Clock clock;

    AuditLog(MongoTemplate mongo, MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var indexes = mongo.indexOps(SecurityEvent.class);
        indexes.createIndex(new Index(SecurityEvent.AT, Sort.Direction.ASC)
                .expire(RETENTION)
                .named("expire_old"));
        indexes.createIndex(new Index(SecurityEvent.USERNAME, Sort.Direction.ASC)
                .on(SecurityEvent.AT, Sort.Direction.DESC)
                .named("by_user"));
    }

    public void record(SecurityEvent.Type type, String username, String clientAddress) {
        mongo.insert(new SecurityEvent(null, type, limit(username), clientAddress, clock.instant()));
        meters.counter(METRIC, "type", type.name()).increment();
    }

    // Whatever was typed as a username is kept, but never so much of it that the log becomes a dump.
    private static String limit(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 256 ? text : text.substring(0, 256);
    }
}
