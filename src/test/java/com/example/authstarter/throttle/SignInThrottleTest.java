package com.example.authstarter.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.example.authstarter.base.RateLimits;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;

class SignInThrottleTest {

    /** The settings as the app binds them when nothing is configured: the defaults written in the record. */
    private static final ThrottleSettings DEFAULTS = new Binder(new MapConfigurationPropertySource())
            .bindOrCreate("app.security.throttle", ThrottleSettings.class);

    @ParameterizedTest
    @CsvSource({"0, 0", "4, 0", "5, 1", "6, 2", "7, 4", "14, 512", "15, 900", "40, 900", "99, 900"})
    void the_wait_is_free_for_five_failures_then_doubles_from_one_second_to_fifteen_minutes(
            int failures, long seconds) {
        var throttle = new SignInThrottle(null, null, null, DEFAULTS);

        assertThat(throttle.waitAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void the_account_and_the_address_are_read_at_once() {
        var mongo = mock(MongoTemplate.class);
        var rateLimits = mock(RateLimits.class);
        var addressRead = new CountDownLatch(1);
        when(rateLimits.waitIfReached("sign-in-failures:10.0.0.1", 20, Duration.ofMinutes(1)))
                .thenAnswer(call -> {
                    addressRead.countDown();
                    return Duration.ofSeconds(42);
                });
        // The account's read answers only once the address's has begun: in line before it, it never would.
        when(mongo.findById("account:sam", FailedSignIns.class)).thenAnswer(call -> {
            assertThat(addressRead.await(5, TimeUnit.SECONDS))
                    .as("address read started while the account was read")
                    .isTrue();
            return null;
        });
        var throttle = new SignInThrottle(mongo, rateLimits, Clock.systemUTC(), DEFAULTS);

        var admission = throttle.admission("sam", "10.0.0.1");

        assertThat(admission.mustWait()).isEqualTo(Duration.ofSeconds(42));
        assertThat(admission.failuresOnRecord()).isFalse();
    }
}
