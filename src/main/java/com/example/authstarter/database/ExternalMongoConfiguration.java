package com.example.authstarter.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Says in the log which MongoDB the app uses when {@code MONGODB_URI} points at one (credentials left out).
 * Checked at run time, not by a condition, as the production build fixes its beans ahead of time.
 */
@Configuration(proxyBeanMethods = false)
class ExternalMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ExternalMongoConfiguration.class);

    ExternalMongoConfiguration(MongoProperties mongo, MongoConnectionDetails details) {
        if (!StringUtils.hasText(mongo.getUri())) {
            return;
        }
        var uri = details.getConnectionString();
        log.info(
                "Database: MongoDB at {}, database '{}'{} (from MONGODB_URI)",
                uri.getHosts(),
                uri.getDatabase(),
                uri.getRequiredReplicaSetName() == null ? "" : ", replica set " + uri.getRequiredReplicaSetName());
    }
}
