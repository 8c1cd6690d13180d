package com.example.authstarter.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The throttle and lockout against the app's real sign-in manager and MongoDB, with a movable clock. */
@WithApp
class SignInThrottleIT {

    private static final String WRONG = "not the password";

    @Autowired
    AuthenticationManager signIn;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    AdjustableClock clock;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ThrottleSettings settings;

    @BeforeEach
    void setUp() {
        testUsers.create("tina");
        mongo.remove(new Query(), SecurityEvent.class);
    }

    @Test
    void five_failures_are_free_then_even_the_right_password_must_wait() {
        failTimes("tina", 5);

        assertThatThrownBy(() -> attempt("tina", UserFixtures.PASSWORD))
                .isInstanceOfSatisfying(
                        MustWaitException.class,
                        waiting -> assertThat(waiting.seconds()).isEqualTo(1));
        assertThat(events(SecurityEvent.Type.LOGIN_THROTTLED)).isEqualTo(1);

        clock.advance(Duration.ofMillis(1_100));
        assertThat(attempt("tina", UserFixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void the_wait_doubles_with_each_further_failure() {
        failTimes("tina", 5);
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> attempt("tina", WRONG)).isInstanceOf(BadCredentialsException.class);

        clock.advance(Duration.ofMillis(1_500));
        assertThatThrownBy(() -> attempt("tina", UserFixtures.PASSWORD)).isInstanceOf(BadCredentialsException.class);

        clock.advance(Duration.ofMillis(600));
        assertThat(attempt("tina", UserFixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_success_resets_the_count() {
        failTimes("tina", 4);
        attempt("tina", UserFixtures.PASSWORD);

        failTimes("tina", 4);

        assertThat(attempt("tina", UserFixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void unknown_names_are_throttled_exactly_like_real_ones() {
        failTimes("ghost", 5);
        failTimes("tina", 5);

        assertThatThrownBy(() -> attempt("ghost", WRONG))
                .isInstanceOfSatisfying(
                        MustWaitException.class,
                        waiting -> assertThat(waiting.seconds()).isEqualTo(1));
        assertThatThrownBy(() -> attempt("tina", WRONG))
                .isInstanceOfSatisfying(
                        MustWaitException.class,
                        waiting -> assertThat(waiting.seconds()).isEqualTo(1));
        assertThat(events(SecurityEvent.Type.LOGIN_THROTTLED)).isEqualTo(2);
    }

    @Test
    void one_hundred_consecutive_failures_lock_the_account_until_an_admin_resets_it() {
        for (int i = 0; i < settings.lockoutFailures(); i++) {
            clock.advance(settings.maxWait().plusSeconds(1));
            assertThatThrownBy(() -> attempt("tina", WRONG)).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(testUsers.isLocked("tina")).isTrue();
        assertThat(events(SecurityEvent.Type.LOCKOUT)).isEqualTo(1);
        // Even once the counter is forgotten, the lock stays.
        mongo.remove(new Query(), FailedSignIns.class);
        clock.advance(Duration.ofDays(60));
        assertThatThrownBy(() -> attempt("tina", UserFixtures.PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void one_address_gets_twenty_failures_a_minute_across_all_accounts() {
        clock.advance(Duration.ofSeconds(60 - clock.instant().getEpochSecond() % 60));
        for (int i = 0; i < settings.addressFailuresPerMinute(); i++) {
            int n = i;
            assertThatThrownBy(() -> attempt("name" + n, WRONG)).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> attempt("tina", UserFixtures.PASSWORD))
                .isInstanceOfSatisfying(
                        MustWaitException.class,
                        // The rest of the minute: the clock runs on in real time while the test runs.
                        waiting -> assertThat(waiting.seconds()).isBetween(50L, 60L));
        assertThat(events(SecurityEvent.Type.LOGIN_THROTTLED)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        assertThat(attempt("tina", UserFixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void the_counters_expire_by_ttl() {
        failTimes("tina", 1);

        var counter = mongo.findOne(Query.query(Criteria.where("_id").is("account:tina")), FailedSignIns.class);

        assertThat(counter).isNotNull();
        // A real MongoDB removes it then through the TTL index; the in-process test server keeps it.
        assertThat(counter.expireAt()).isAfter(clock.instant().plus(Duration.ofDays(29)));
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> attempt(username, WRONG)).isInstanceOf(BadCredentialsException.class);
        }
    }

    private Authentication attempt(String username, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private long events(SecurityEvent.Type type) {
        return mongo.count(Query.query(Criteria.where("type").is(type)), SecurityEvent.class);
    }
}
