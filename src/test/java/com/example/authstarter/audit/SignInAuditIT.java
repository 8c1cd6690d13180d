package com.example.authstarter.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Sign-ins, refusals and sign-outs over real HTTPS end up in the audit log and its metric.
 */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInAuditIT {

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    HttpsClient browser;

    @BeforeEach
    void setUp() throws Exception {
        testUsers.create("rita");
        // Only what the test itself does is in the log, not the sign-up.
        mongo.remove(new Query(), SecurityEvent.class);
        browser = new HttpsClient(ports.httpsPort());
    }

    @Test
    void sign_in_attempts_and_sign_out_are_audited_and_counted() throws Exception {
        double failuresBefore =
                meters.counter(AuditLog.METRIC, "type", "LOGIN_FAILURE").count();
        new HttpsClient(ports.httpsPort()).signIn("rita", "wrong password!!");
        browser.signIn("rita", UserFixtures.PASSWORD);
        browser.postForm("/logout", Map.of("_csrf", browser.csrfToken("/")));

        // In the order they happened: a collection's natural order need not be the order of insertion.
        var events = mongo.find(new Query().with(Sort.by(SecurityEvent.AT)), SecurityEvent.class);

        assertThat(events)
                .extracting(SecurityEvent::type, SecurityEvent::username, SecurityEvent::clientAddress)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SecurityEvent.Type.LOGIN_FAILURE, "rita", "127.0.0.1"),
                        org.assertj.core.groups.Tuple.tuple(SecurityEvent.Type.LOGIN_SUCCESS, "rita", "127.0.0.1"),
                        org.assertj.core.groups.Tuple.tuple(SecurityEvent.Type.LOGOUT, "rita", "127.0.0.1"));
        assertThat(meters.counter(AuditLog.METRIC, "type", "LOGIN_FAILURE").count())
                .isEqualTo(failuresBefore + 1);
        assertThat(mongo.getCollection("security_events").find().first().toJson())
                .doesNotContain(UserFixtures.PASSWORD)
                .doesNotContain("wrong password");
    }
}
