package com.example.authstarter.database;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The database part of the health checks ({@code /healthz}, {@code /readyz}): a {@code ping}, which every MongoDB and the in-process
 * fallback answer (Spring Boot's own check sends {@code hello}, which the fallback lacks).
 */
@Component("mongoHealthIndicator")
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    MongoPingHealthIndicator(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        var reply = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("ok", reply.get("ok"));
    }
}
