package com.example.authstarter.database.embedded;

import com.mongodb.ConnectionString;
import java.util.Optional;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.ssl.SslBundle;

/**
 * Where the driver connects: the server {@code MONGODB_URI} names, as Spring Boot sets it up, or an embedded
 * server this app started and stops with it.
 */
final class MongoConnection implements MongoConnectionDetails, AutoCloseable {

    private final MongoConnectionDetails details;
    private final Optional<EmbeddedMongo> embedded;

    private MongoConnection(MongoConnectionDetails details, Optional<EmbeddedMongo> embedded) {
        this.details = details;
        this.embedded = embedded;
    }

    static MongoConnection configured(MongoConnectionDetails details) {
        return new MongoConnection(details, Optional.empty());
    }

    static MongoConnection embedded(EmbeddedMongo mongo) {
        var connectionString = mongo.connectionString();
        return new MongoConnection(() -> connectionString, Optional.of(mongo));
    }

    @Override
    public ConnectionString getConnectionString() {
        return details.getConnectionString();
    }

    @Override
    public SslBundle getSslBundle() {
        return details.getSslBundle();
    }

    @Override
    public void close() {
        embedded.ifPresent(EmbeddedMongo::close);
    }
}
