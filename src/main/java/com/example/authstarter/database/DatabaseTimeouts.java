package com.example.authstarter.database;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How long a request waits for MongoDB before the person is told it is unavailable (503), rather than the
 * driver's 30 seconds and a socket that may wait for ever. The driver reconnects by itself when the
 * database is back.
 *
 * @param serverSelection how long to look for a server that can answer ({@code
 *     APP_MONGODB_TIMEOUTS_SERVER_SELECTION}); a replica set electing a new primary takes a few seconds
 * @param socket how long one answer may take once asked
 */
@Configuration(proxyBeanMethods = false)
class DatabaseTimeouts {

    @ConfigurationProperties("app.mongodb.timeouts")
    record Settings(
            @DefaultValue("5s") Duration serverSelection,
            @DefaultValue("15s") Duration socket) {}

    @Bean
    MongoClientSettingsBuilderCustomizer timeouts(Settings settings) {
        return client -> client.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        settings.serverSelection().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(
                                (int) settings.serverSelection().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout((int) settings.socket().toMillis(), TimeUnit.MILLISECONDS));
    }
}
