package com.example.authstarter.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The sign-in throttle as a browser meets it, over real HTTPS: waits told honestly, the same for a name
 * that is no account, per address, and never for successful sign-ins.
 */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class ThrottleOverHttpIT {

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AdjustableClock clock;

    @Autowired
    ThrottleSettings throttle;

    HttpsClient browser;

    @BeforeEach
    void setUp() throws Exception {
        testUsers.create("rita");
        // Only what the test itself does is in the log, not the sign-up.
        mongo.remove(new Query(), SecurityEvent.class);
        browser = new HttpsClient(ports.httpsPort());
    }

    @Test
    void failures_by_username_and_by_email_count_against_one_account() throws Exception {
        for (int i = 0; i < throttle.freeFailures(); i++) {
            var typed = i % 2 == 0 ? "rita" : "rita@example.com";
            new HttpsClient(ports.httpsPort()).signIn(typed, "guess " + i);
        }

        assertThat(HttpsClient.location(browser.signIn("rita@example.com", UserFixtures.PASSWORD)))
                .isEqualTo("/login?wait=1");
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_told_to_wait_over_http() throws Exception {
        for (int i = 0; i < throttle.freeFailures(); i++) {
            assertThat(HttpsClient.location(new HttpsClient(ports.httpsPort()).signIn("rita", "guess " + i)))
                    .isEqualTo("/login?error");
        }

        var response = browser.signIn("rita", UserFixtures.PASSWORD);

        assertThat(HttpsClient.location(response)).isEqualTo("/login?wait=1");
        var page = browser.get("/login?wait=1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(mongo.findAll(SecurityEvent.class))
                .extracting(SecurityEvent::type)
                .contains(SecurityEvent.Type.LOGIN_THROTTLED);
    }

    @Test
    void an_unknown_name_gets_the_very_same_answers_as_an_account() throws Exception {
        var answers = new ArrayList<List<String>>();
        for (var name : List.of("rita", "nobody-at-all")) {
            var forName = new ArrayList<String>();
            for (int i = 0; i <= throttle.freeFailures() + 2; i++) {
                forName.add(HttpsClient.location(new HttpsClient(ports.httpsPort()).signIn(name, "guess " + i)));
                clock.advance(Duration.ofMillis(700));
            }
            answers.add(forName);
        }

        assertThat(answers.get(0)).contains("/login?error", "/login?wait=1").isEqualTo(answers.get(1));
    }

    @Test
    void one_address_is_told_to_wait_after_twenty_failures_in_a_minute_over_http() throws Exception {
        clock.advance(Duration.ofSeconds(60 - clock.instant().getEpochSecond() % 60));
        for (int i = 0; i < throttle.addressFailuresPerMinute(); i++) {
            new HttpsClient(ports.httpsPort()).signIn("spray" + i, "Password123456");
        }
        clock.advance(Duration.ofSeconds(15));

        var response = browser.signIn("rita", UserFixtures.PASSWORD);

        // About 45 s of the minute are left; the test's own run takes a few of them.
        assertThat(HttpsClient.location(response)).matches("/login\\?wait=(4[0-5]|3[0-9])");
    }

    @Test
    void successful_sign_ins_from_one_address_never_use_up_its_limit() throws Exception {
        clock.advance(Duration.ofSeconds(60 - clock.instant().getEpochSecond() % 60));
        for (int i = 0; i < throttle.addressFailuresPerMinute() + 5; i++) {
            var colleague = new HttpsClient(ports.httpsPort()).signIn("rita", UserFixtures.PASSWORD);
            assertThat(HttpsClient.location(colleague)).as("sign-in " + (i + 1)).isEqualTo("/");
        }
    }
}
