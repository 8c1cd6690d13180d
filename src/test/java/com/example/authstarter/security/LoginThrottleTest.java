package com.example.authstarter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginThrottleTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "4, 0", "5, 1", "6, 2", "7, 4", "14, 512", "15, 900", "40, 900", "99, 900"})
    void the_wait_is_free_for_five_failures_then_doubles_from_one_second_to_fifteen_minutes(
            int failures, long seconds) {
        var defaults =
                new ThrottleSettings(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 100, Duration.ofDays(30), 20);
        var throttle = new LoginThrottle(null, null, null, defaults);

        assertThat(throttle.waitAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }
}
