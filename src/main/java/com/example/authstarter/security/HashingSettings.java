package com.example.authstarter.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many password hashes may run at once, and how long a sign-in or sign-up waits for a free slot before it
 * is told the server is busy.
 *
 * @param concurrent hashes at once; 0 means one per core
 * @param maxWait the longest wait for a slot
 */
@ConfigurationProperties("app.security.hashing")
record HashingSettings(
        @DefaultValue("0") int concurrent,
        @DefaultValue("3s") Duration maxWait) {

    int slots() {
        return concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors();
    }
}
