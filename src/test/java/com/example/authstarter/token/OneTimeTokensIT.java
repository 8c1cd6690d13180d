package com.example.authstarter.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.WithApp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

@WithApp
class OneTimeTokensIT {

    @Autowired
    OneTimeTokens tokens;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AdjustableClock clock;

    @Test
    void a_token_is_256_random_bits_and_only_its_sha_256_hash_is_stored() {
        var token = tokens.issue("test", "ann", "data", Duration.ofMinutes(5));

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        var stored = mongo.findAll(org.bson.Document.class, StoredToken.COLLECTION);
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().toJson()).doesNotContain(token).contains(OneTimeTokens.hash(token));
    }

    @Test
    void a_token_works_once_for_its_purpose_only() {
        var token = tokens.issue("reset", "ann", null, Duration.ofMinutes(5));

        assertThat(tokens.redeem("sign-in", token)).isEmpty();
        assertThat(tokens.peek("reset", token)).isPresent();
        assertThat(tokens.redeem("reset", token))
                .hasValueSatisfying(ticket -> assertThat(ticket.username()).isEqualTo("ann"));
        assertThat(tokens.redeem("reset", token)).isEmpty();
        assertThat(tokens.peek("reset", token)).isEmpty();
    }

    @Test
    void a_token_expires() {
        var token = tokens.issue("reset", "ann", null, Duration.ofMinutes(30));

        clock.advance(Duration.ofMinutes(30).plusSeconds(1));

        assertThat(tokens.redeem("reset", token)).isEmpty();
    }

    @Test
    void a_new_token_makes_the_earlier_ones_of_the_account_worthless() {
        var first = tokens.issue("reset", "ann", null, Duration.ofMinutes(30));
        var second = tokens.issue("reset", "ann", null, Duration.ofMinutes(30));
        var someoneElses = tokens.issue("reset", "bob", null, Duration.ofMinutes(30));

        assertThat(tokens.redeem("reset", first)).isEmpty();
        assertThat(tokens.redeem("reset", second)).isPresent();
        assertThat(tokens.redeem("reset", someoneElses)).isPresent();
    }

    @Test
    void anything_that_cannot_be_a_token_is_not_even_looked_up() {
        for (var junk : new String[] {null, "", "short", "x".repeat(1_000_000), "a".repeat(42) + "!"}) {
            assertThat(tokens.redeem("reset", junk)).isEmpty();
        }
    }

    @Test
    void twenty_requests_with_one_token_at_the_same_moment_redeem_it_once() throws Exception {
        var token = tokens.issue("reset", "ann", null, Duration.ofMinutes(5));
        var start = new CountDownLatch(1);
        var outcomes = new ArrayList<Future<Boolean>>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return tokens.redeem("reset", token).isPresent();
                }));
            }
            start.countDown();
            int redeemed = 0;
            for (var outcome : outcomes) {
                redeemed += outcome.get() ? 1 : 0;
            }
            assertThat(redeemed).isEqualTo(1);
        }
    }
}
