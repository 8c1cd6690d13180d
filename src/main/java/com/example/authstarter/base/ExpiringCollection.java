package com.example.authstarter.base;

import java.time.Duration;

/**
 * A collection whose documents may go once the moment in {@code field}, plus {@code keptFor}, has passed.
 * Each feature declares its own as a bean; {@link ExpirySweeper} removes what expired, on every database,
 * and gives a real MongoDB the TTL index that does the same there.
 *
 * @param indexName the TTL index's name (kept as first created, so an existing database is not confused)
 */
public record ExpiringCollection(String collection, String field, Duration keptFor, String indexName) {

    public static ExpiringCollection at(String collection, String field, String indexName) {
        return new ExpiringCollection(collection, field, Duration.ZERO, indexName);
    }
}
