package com.example.authstarter.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.RecordingOutboxHandler;
import com.example.authstarter.testing.WithApp;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

@WithApp
class OutboxIT {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxWorker worker;

    @Autowired
    RecordingOutboxHandler handler;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AdjustableClock clock;

    @BeforeEach
    void clean() {
        handler.handled.clear();
        handler.failuresLeft.set(0);
    }

    @Test
    void enqueued_work_is_stored_at_once_and_done_off_the_request_thread() {
        outbox.enqueue(RecordingOutboxHandler.KIND, Map.of("to", "ann@example.com"));

        assertThat(mongo.count(new Query(), OutboxEntry.class)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> handler.handled.size() == 1);
        assertThat(handler.handled.getFirst()).containsEntry("to", "ann@example.com");
        await().atMost(Duration.ofSeconds(10)).until(() -> entry().doneAt() != null);
        assertThat(entry().failed()).isFalse();
        assertThat(entry().expireAt()).isAfter(clock.instant().plus(Duration.ofDays(6)));
    }

    @Test
    void failed_work_is_tried_again_after_a_doubling_wait_until_it_succeeds() {
        handler.failuresLeft.set(2);
        outbox.enqueue(RecordingOutboxHandler.KIND, Map.of("n", "1"));
        await().atMost(Duration.ofSeconds(10)).until(() -> entry().attempts() == 1 && entry().claimedUntil() == null);
        assertThat(entry().lastError()).contains("SMTP server is down");
        assertThat(entry().nextAttemptAt()).isAfter(clock.instant());
        assertThat(handler.handled).isEmpty();

        clock.advance(Duration.ofSeconds(3));
        await().atMost(Duration.ofSeconds(10)).until(() -> entry().attempts() == 2 && entry().claimedUntil() == null);
        clock.advance(Duration.ofSeconds(5));

        await().atMost(Duration.ofSeconds(10)).until(() -> handler.handled.size() == 1);
        assertThat(entry().attempts()).isEqualTo(3);
    }

    @Test
    void the_wait_between_attempts_doubles_from_two_seconds_to_ten_minutes() {
        assertThat(OutboxWorker.retryAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(OutboxWorker.retryAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(OutboxWorker.retryAfter(9)).isEqualTo(Duration.ofSeconds(512));
        assertThat(OutboxWorker.retryAfter(10)).isEqualTo(Duration.ofMinutes(10));
        assertThat(OutboxWorker.retryAfter(100)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void work_an_instance_died_on_is_taken_up_once_its_claim_lapses() {
        // As if another instance claimed the entry and was killed before it finished.
        mongo.insert(OutboxEntry.of(RecordingOutboxHandler.KIND, Map.of("n", "1"), clock.instant()));
        mongo.updateFirst(
                new Query(),
                new Update()
                        .set(OutboxEntry.CLAIMED_UNTIL, clock.instant().plus(OutboxWorker.LEASE))
                        .set(OutboxEntry.CLAIMED_BY, "a dead instance"),
                OutboxEntry.class);
        assertThat(worker.workOnNext()).as("still claimed").isFalse();

        clock.advance(OutboxWorker.LEASE.plusSeconds(1));

        await().atMost(Duration.ofSeconds(10)).until(() -> handler.handled.size() == 1);
    }

    @Test
    void work_that_keeps_failing_is_given_up_and_kept_for_a_look() {
        handler.failuresLeft.set(Integer.MAX_VALUE);
        mongo.insert(OutboxEntry.of(RecordingOutboxHandler.KIND, Map.of("n", "1"), clock.instant()));
        mongo.updateFirst(
                new Query(), Update.update(OutboxEntry.ATTEMPTS, OutboxWorker.MAX_ATTEMPTS - 1), OutboxEntry.class);

        await().atMost(Duration.ofSeconds(10)).until(() -> entry().doneAt() != null);

        assertThat(entry().failed()).isTrue();
        assertThat(entry().lastError()).contains("SMTP server is down");
    }

    private OutboxEntry entry() {
        return mongo.findOne(Query.query(Criteria.where("kind").is(RecordingOutboxHandler.KIND)), OutboxEntry.class);
    }
}
