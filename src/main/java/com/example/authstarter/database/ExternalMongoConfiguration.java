package com.example.authstarter.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Configuration;

/** Says in the log which MongoDB the app uses when {@code MONGODB_URI} points at one (credentials left out). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.mongodb.uri:}'.isBlank()")
class ExternalMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ExternalMongoConfiguration.class);

    ExternalMongoConfiguration(MongoConnectionDetails details) {
        var uri = details.getConnectionString();
        log.info(
                "Database: MongoDB at {}, database '{}'{} (from MONGODB_URI)",
                uri.getHosts(),
                uri.getDatabase(),
                uri.getRequiredReplicaSetName() == null ? "" : ", replica set " + uri.getRequiredReplicaSetName());
    }
}
