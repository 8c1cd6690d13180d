package com.example.authstarter.base;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes expired documents: tokens, counters, old events, delivered mail. A real MongoDB does it through
 * TTL indexes, which this creates too; the embedded fallback ignores them, so this sweeps every minute
 * anyway. Removing what is expired is the same whoever does it, so every instance may run it at once.
 */
@Component
class ExpirySweeper implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ExpirySweeper.class);

    private final MongoTemplate mongo;
    private final List<ExpiringCollection> collections;
    private final Clock clock;

    ExpirySweeper(MongoTemplate mongo, List<ExpiringCollection> collections, Clock clock) {
        this.mongo = mongo;
        this.collections = collections;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (var expiring : collections) {
            mongo.indexOps(expiring.collection())
                    .createIndex(new Index(expiring.field(), Sort.Direction.ASC)
                            .expire(expiring.keptFor())
                            .named(expiring.indexName()));
        }
    }

    /** Removes what has expired; returns how many documents went. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void sweepOnSchedule() {
        try {
            sweep();
        } catch (DataAccessException unreachable) {
            // The database is away for a moment; what expired is still there for the next sweep.
            log.warn("Expired documents not swept: {}", unreachable.getMessage());
        }
    }

    long sweep() {
        var now = clock.instant();
        long removed = 0;
        for (var expiring : collections) {
            var cutoff = now.minus(expiring.keptFor());
            removed += mongo.remove(Query.query(Criteria.where(expiring.field()).lt(cutoff)), expiring.collection())
                    .getDeletedCount();
        }
        if (removed > 0) {
            log.debug("Swept {} expired documents", removed);
        }
        return removed;
    }
}
