package com.example.authstarter.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.base.AppInstance;
import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.Database;
import com.example.authstarter.testing.WithApp;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The session registry as two instances of the app on one database see it: each is a registry of its own
 * (its own sessions, its own instance), sharing the records in MongoDB, as two processes do.
 */
@WithApp
class SharedSessionRegistryIT {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Database database;

    @Autowired
    AdjustableClock clock;

    /** Counts the reads of records, to hold the per-request cost to its promise. */
    final AtomicInteger reads = new AtomicInteger();

    Instance one;
    Instance two;

    /** One app instance: its registry, its heartbeat, its records' reader. */
    record Instance(SharedSessionRegistry registry, LiveInstances live, AppInstance identity) {

        /** A browser signs in here, as the container and Spring Security do it. */
        MockHttpSession signIn(String username) {
            var session = new MockHttpSession(null, UUID.randomUUID().toString());
            var request = new MockHttpServletRequest();
            request.setRemoteAddr("198.51.100.4");
            request.addHeader("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36");
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
            try {
                registry.sessionCreated(new HttpSessionEvent(session));
                registry.registerNewSession(session.getId(), username);
            } finally {
                RequestContextHolder.resetRequestAttributes();
            }
            return session;
        }

        /** What Spring Security's ConcurrentSessionFilter learns at the session's next request. */
        boolean refuses(HttpSession session) {
            SessionInformation information = registry.getSessionInformation(session.getId());
            return information != null && information.isExpired();
        }
    }

    @BeforeEach
    void twoInstances() {
        one = instance("one");
        two = instance("two");
    }

    private Instance instance(String name) {
        var identity = new AppInstance(new AppInstance.Settings(name));
        var records = new SessionStore(mongo, clock) {
            @Override
            SessionRecord find(String handle) {
                reads.incrementAndGet();
                return super.find(handle);
            }
        };
        var live = new LiveInstances(mongo, identity, clock);
        live.beat();
        return new Instance(
                new SharedSessionRegistry(records, live, new RecentlyEndedSessions(clock), identity, clock),
                live,
                identity);
    }

    @Test
    void every_instance_lists_the_sessions_of_every_instance_with_where_and_when() {
        one.signIn("ivy");
        two.signIn("ivy");
        two.signIn("jack");

        var seenFromOne = one.registry().standing("ivy");

        assertThat(seenFromOne).hasSize(2);
        assertThat(seenFromOne).extracting(SessionRecord::instanceName).containsExactlyInAnyOrder("one", "two");
        assertThat(seenFromOne).allSatisfy(record -> {
            assertThat(record.clientAddress()).isEqualTo("198.51.100.4");
            assertThat(record.browser()).isEqualTo("Chrome");
            assertThat(record.system()).isEqualTo("Linux");
            assertThat(record.signedIn()).isNotNull();
            assertThat(record.lastSeen()).isNotNull();
        });
        assertThat(one.registry().getAllPrincipals()).containsExactlyInAnyOrder("ivy", "jack");
    }

    @Test
    void a_session_ended_on_another_instance_is_refused_here_within_a_second() {
        var onTwo = two.signIn("ivy");
        assertThat(two.refuses(onTwo)).isFalse();

        one.registry().endAllExcept("ivy", null, SessionEndReason.PASSWORD_CHANGED);
        clock.advance(CheckedRecords.RECHECK);

        assertThat(two.refuses(onTwo)).isTrue();
        var information = two.registry().getSessionInformation(onTwo.getId());
        assertThat(((EndedSession) information).reason()).isEqualTo(SessionEndReason.PASSWORD_CHANGED);
    }

    @Test
    void a_session_ended_on_its_own_instance_is_refused_at_once() {
        var session = one.signIn("ivy");

        one.registry().endAllExcept("ivy", null, SessionEndReason.ACCOUNT_LOCKED);

        assertThat(one.refuses(session)).isTrue();
    }

    @Test
    void a_request_costs_at_most_one_small_read_a_second() {
        var session = one.signIn("ivy");
        reads.set(0);

        for (int request = 0; request < 200; request++) {
            one.refuses(session);
            one.registry().refreshLastRequest(session.getId());
        }
        assertThat(reads).hasValueLessThanOrEqualTo(1);

        clock.advance(CheckedRecords.RECHECK);
        for (int request = 0; request < 200; request++) {
            one.refuses(session);
        }
        assertThat(reads).hasValueLessThanOrEqualTo(2);
    }

    @Test
    void all_sessions_but_this_one_end_and_another_users_stay() {
        var current = one.signIn("ivy");
        var phone = two.signIn("ivy");
        var jacks = two.signIn("jack");

        one.registry().endAllExcept("ivy", current.getId(), SessionEndReason.SIGNED_OUT_ELSEWHERE);
        clock.advance(CheckedRecords.RECHECK);

        assertThat(one.refuses(current)).isFalse();
        assertThat(two.refuses(phone)).isTrue();
        assertThat(two.refuses(jacks)).isFalse();
        assertThat(one.registry().standing("ivy")).hasSize(1);
    }

    @Test
    void one_session_is_ended_by_its_handle_but_not_someone_elses() {
        two.signIn("ivy");
        var jacks = two.signIn("jack");
        var jacksHandle = one.registry().standing("jack").getFirst().handle();

        one.registry().end("ivy", jacksHandle, SessionEndReason.ENDED_BY_USER);
        clock.advance(CheckedRecords.RECHECK);

        assertThat(two.refuses(jacks)).isFalse();
        var ivysHandle = one.registry().standing("ivy").getFirst().handle();
        one.registry().end("ivy", ivysHandle, SessionEndReason.ENDED_BY_USER);
        assertThat(one.registry().standing("ivy")).isEmpty();
    }

    @Test
    void a_session_that_ends_in_its_container_leaves_no_record() {
        var session = one.signIn("ivy");

        session.invalidate();
        one.registry().sessionDestroyed(new HttpSessionEvent(session));

        assertThat(two.registry().standing("ivy")).isEmpty();
    }

    @Test
    void a_new_session_id_at_sign_in_keeps_the_registration() {
        var session = one.signIn("ivy");
        var oldId = session.getId();

        session.changeSessionId();
        one.registry().sessionIdChanged(new HttpSessionEvent(session), oldId);
        one.registry().endAllExcept("ivy", null, SessionEndReason.PASSWORD_RESET);

        assertThat(session.getId()).isNotEqualTo(oldId);
        assertThat(one.refuses(session)).isTrue();
    }

    @Test
    void sessions_of_an_instance_that_stopped_beating_are_not_listed() {
        two.signIn("ivy");
        one.signIn("ivy");

        clock.advance(LiveInstances.SILENCE.plusSeconds(1));
        one.live().beat();

        assertThat(one.registry().standing("ivy"))
                .extracting(SessionRecord::instanceName)
                .containsExactly("one");
    }

    @Test
    void last_seen_is_written_at_most_every_half_minute() {
        var session = one.signIn("ivy");
        var signedIn = one.registry().standing("ivy").getFirst().lastSeen();

        clock.advance(Duration.ofSeconds(10));
        one.registry().refreshLastRequest(session.getId());
        assertThat(one.registry().standing("ivy").getFirst().lastSeen()).isEqualTo(signedIn);

        clock.advance(SharedSessionRegistry.TOUCH_EVERY);
        one.registry().refreshLastRequest(session.getId());
        assertThat(one.registry().standing("ivy").getFirst().lastSeen()).isAfter(signedIn);
    }

    @Test
    void a_session_whose_record_is_gone_is_refused() {
        var session = one.signIn("ivy");
        // The database emptied under the running instance (or the record swept): nothing says it stands.
        database.startFresh();

        clock.advance(CheckedRecords.RECHECK);

        assertThat(one.refuses(session)).isTrue();
    }
}
