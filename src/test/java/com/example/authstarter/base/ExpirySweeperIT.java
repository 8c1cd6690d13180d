package com.example.authstarter.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.token.OneTimeTokens;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The in-process database ignores TTL indexes; the sweeper removes what expired anyway. */
@WithApp
class ExpirySweeperIT {

    @Autowired
    ExpirySweeper sweeper;

    @Autowired
    OneTimeTokens tokens;

    @Autowired
    RateLimits rateLimits;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AdjustableClock clock;

    @Test
    void expired_tokens_and_counters_are_swept_and_the_rest_stays() {
        tokens.issue("reset", "ann", null, Duration.ofMinutes(30));
        tokens.issue("verify", "ann", null, Duration.ofDays(3));
        rateLimits.allow("test", 5, Duration.ofMinutes(1));

        clock.advance(Duration.ofHours(1));
        sweeper.sweep();

        assertThat(mongo.count(new Query(), "one_time_tokens")).isEqualTo(1);
        assertThat(mongo.count(new Query(), RateLimits.COLLECTION)).isZero();
    }

    @Test
    void every_expiring_collection_has_its_ttl_index_for_a_real_mongodb() {
        for (var collection : new String[] {
            "one_time_tokens",
            "rate_limits",
            "login_attempts",
            "remember_me_tokens",
            "security_events",
            "outbox",
            "sessions",
            "instances"
        }) {
            assertThat(mongo.indexOps(collection).getIndexInfo())
                    .as(collection)
                    .anySatisfy(index -> assertThat(index.getExpireAfter()).isPresent());
        }
    }

    @Test
    void sweeping_twice_or_on_two_instances_at_once_does_no_harm() {
        tokens.issue("reset", "ann", null, Duration.ofMinutes(30));
        clock.advance(Duration.ofHours(1));

        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(sweeper.sweep()).isZero();
    }
}
