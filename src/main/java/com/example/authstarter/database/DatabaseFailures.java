package com.example.authstarter.database;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts the database round trips that failed (a timeout, a lost connection, an error the server answered) as the
 * metric {@value #METRIC}: an operator sees a database in trouble before the 503 pages add up. A failure the app
 * expects (a duplicate key refused by a unique index, which is how a taken name is found out) counts too; the rate,
 * not the count, tells.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseFailures {

    static final String METRIC = "authstarter.database.failures";

    @Bean
    MongoClientSettingsBuilderCustomizer countFailures(MeterRegistry meters) {
        var failures = meters.counter(METRIC);
        return client -> client.addCommandListener(new CommandListener() {
            @Override
            public void commandFailed(CommandFailedEvent event) {
                failures.increment();
            }
        });
    }
}
