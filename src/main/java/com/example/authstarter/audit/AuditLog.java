package com.example.authstarter.audit;

import com.example.authstarter.base.ExpiringCollection;
import com.example.authstarter.base.MongoSlices;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Keeps security events in MongoDB, counts them as the metric {@value #METRIC}, tagged by type, and logs each as
 * one line (logger {@code security}) with its type, account, address, actor and organization as fields of their
 * own: with structured logging on ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}) a log pipeline can alert on them
 * without reading MongoDB. Events are kept for a year, then swept.
 */
@Service
public class AuditLog implements SmartInitializingSingleton {

    public static final String METRIC = "authstarter.security.events";
    /** The logger of the security events' lines, to route or silence them on their own. */
    static final Logger SECURITY_LOG = LoggerFactory.getLogger("security");

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
        mongo.indexOps(SecurityEvent.class)
                .createIndex(new Index(SecurityEvent.USERNAME, Sort.Direction.ASC)
                        .on(SecurityEvent.AT, Sort.Direction.DESC)
                        .named("by_user"));
    }

    @Bean
    static ExpiringCollection expiringEvents() {
        return new ExpiringCollection(SecurityEvent.COLLECTION, SecurityEvent.AT, RETENTION, "expire_old");
    }

    public void record(SecurityEvent.Type type, String username, String clientAddress) {
        record(type, username, clientAddress, null);
    }

    /** Records what an administrator ({@code actor}) did to an account. */
    public void record(SecurityEvent.Type type, String username, String clientAddress, String actor) {
        record(type, username, clientAddress, actor, null);
    }

    /** Records what happened to an account in an organization, done by {@code actor} when another did it. */
    public void record(
            SecurityEvent.Type type, String username, String clientAddress, String actor, String organization) {
        mongo.insert(
                new SecurityEvent(null, type, limit(username), clientAddress, actor, clock.instant(), organization));
        meters.counter(METRIC, "type", type.name()).increment();
        // What was typed as a username goes into a line of text: no line breaks or other control characters in it.
        var typed = limit(username).replaceAll("\\p{Cntrl}", "?");
        var line = SECURITY_LOG
                .atInfo()
                .setMessage("Security event {} for '{}' from {}")
                .addArgument(type)
                .addArgument(typed)
                .addArgument(clientAddress)
                .addKeyValue("event.action", type.name())
                .addKeyValue("user.name", typed)
                .addKeyValue("source.address", clientAddress);
        if (actor != null) {
            line = line.addKeyValue("event.actor", actor);
        }
        if (organization != null) {
            line = line.addKeyValue("organization.name", organization);
        }
        line.log();
    }

    /** The user's latest events, newest first. */
    public List<SecurityEvent> recent(String username, int limit) {
        var query = Query.query(Criteria.where(SecurityEvent.USERNAME).is(username))
                .with(Sort.by(Sort.Direction.DESC, SecurityEvent.AT))
                .limit(limit);
        return mongo.find(query, SecurityEvent.class);
    }

    /**
     * A slice of the log, newest first, optionally of one type and of usernames starting with a prefix
     * (exact case, as the username index is).
     */
    public Slice<SecurityEvent> search(SecurityEvent.Type type, String usernamePrefix, Pageable pageable) {
        var query = new Query();
        if (type != null) {
            query.addCriteria(Criteria.where(SecurityEvent.TYPE).is(type));
        }
        if (usernamePrefix != null && !usernamePrefix.isBlank()) {
            query.addCriteria(
                    Criteria.where(SecurityEvent.USERNAME).regex("^" + Pattern.quote(usernamePrefix.strip())));
        }
        return MongoSlices.find(
                mongo, query, pageable, Sort.by(Sort.Direction.DESC, SecurityEvent.AT), SecurityEvent.class);
    }

    /** Removes a deleted account's trail: its events name the person and where they signed in from. */
    void forget(String username) {
        mongo.remove(Query.query(Criteria.where(SecurityEvent.USERNAME).is(username)), SecurityEvent.class);
    }

    // Whatever was typed as a username is kept, but never so much of it that the log becomes a dump.
    private static String limit(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 256 ? text : text.substring(0, 256);
    }
}
