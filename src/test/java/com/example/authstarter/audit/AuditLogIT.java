package com.example.authstarter.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.WithApp;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;

@WithApp
class AuditLogIT {

    @Autowired
    AuditLog audit;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AdjustableClock clock;

    @BeforeEach
    void setUp() {
        for (var name : new String[] {"kim", "kimberly", "lou"}) {
            audit.record(SecurityEvent.Type.LOGIN_SUCCESS, name, "10.0.0.1");
            clock.advance(Duration.ofSeconds(1));
            audit.record(SecurityEvent.Type.LOGIN_FAILURE, name, "10.0.0.2");
            clock.advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void the_log_is_filtered_by_type_and_username_prefix_newest_first() {
        var failures = audit.search(SecurityEvent.Type.LOGIN_FAILURE, "kim", PageRequest.of(0, 10));

        assertThat(failures.getContent()).extracting(SecurityEvent::username).containsExactly("kimberly", "kim");
        assertThat(audit.search(null, "lou", PageRequest.of(0, 10)).getContent())
                .hasSize(2);
        assertThat(audit.search(null, "k.*", PageRequest.of(0, 10)).getContent())
                .as("the prefix is literal")
                .isEmpty();
    }

    @Test
    void the_log_comes_a_slice_at_a_time() {
        var first = audit.search(null, null, PageRequest.of(0, 4));
        var second = audit.search(null, null, PageRequest.of(1, 4));

        assertThat(first.getContent()).hasSize(4);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.getContent()).hasSize(2);
        assertThat(second.hasNext()).isFalse();
        assertThat(first.getContent().getFirst().username()).isEqualTo("lou");
    }

    @Test
    void a_users_recent_activity_is_theirs_only_and_newest_first() {
        assertThat(audit.recent("kim", 10))
                .extracting(SecurityEvent::type)
                .containsExactly(SecurityEvent.Type.LOGIN_FAILURE, SecurityEvent.Type.LOGIN_SUCCESS);
    }
}
