package com.example.authstarter.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** One clock for the app, so tests can fix the time instead of waiting for it; and timed jobs (sweeping). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ExpiringCollection expiringRateLimits() {
        return ExpiringCollection.at(RateLimits.COLLECTION, RateLimits.EXPIRE_AT, "expire_at");
    }
}
