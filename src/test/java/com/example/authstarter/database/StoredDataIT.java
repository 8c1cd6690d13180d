package com.example.authstarter.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.audit.AuditLog;
import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.base.ui.ThemePreference;
import com.example.authstarter.sessions.Sessions;
import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.testing.StoredData;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import com.example.authstarter.user.AccountCredentials;
import com.example.authstarter.user.EmailVerification;
import com.example.authstarter.user.PasswordReset;
import com.example.authstarter.user.Role;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Data written before an upgrade keeps working after it ({@link StoredData}: what the app stored before its
 * packages were rearranged, with the class names of that time in {@code _class}): accounts, a session and a
 * remembered device, links in mail, the throttle's counters, the outbox, the audit log. The features that plug
 * in read their own stored data in their packages (passkeys, two-step sign-in, sign-in links).
 */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class StoredDataIT {

    @Autowired
    StoredData stored;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    AccountCredentials credentials;

    @Autowired
    ThemePreference themes;

    @Autowired
    Sessions sessions;

    @Autowired
    PasswordReset reset;

    @Autowired
    EmailVerification verification;

    @Autowired
    AuditLog audit;

    @Autowired
    Mails mails;

    @Autowired
    UserFixtures testUsers;

    Document secrets;
    String password;

    @BeforeEach
    void loadWhatWasStoredBefore() {
        secrets = stored.load();
        password = secrets.getString("password");
    }

    @Test
    void an_account_signs_in_with_its_password_and_keeps_its_roles_and_settings() throws Exception {
        var browser = new HttpsClient(ports.httpsPort());

        assertThat(HttpsClient.location(browser.signIn("olga", password))).isEqualTo("/");
        assertThat(credentials.of("olga").orElseThrow().roles()).contains(Role.ADMIN);
        assertThat(themes.prefersDark("olga")).isTrue();
    }

    @Test
    void what_is_written_now_names_no_class_so_classes_may_move() throws Exception {
        testUsers.create("vera");
        new HttpsClient(ports.httpsPort()).signIn("vera", password);

        var written = Map.of(
                "users",
                "username",
                "sessions",
                "username",
                "security_events",
                "username",
                "outbox",
                "payload.username");
        for (var collection : written.entrySet()) {
            assertThat(mongo.getCollection(collection.getKey()).find(new Document(collection.getValue(), "vera")))
                    .as(collection.getKey())
                    .isNotEmpty()
                    .allSatisfy(document -> assertThat(document).doesNotContainKey("_class"));
        }
    }

    @Test
    void a_remembered_device_signs_in_and_is_listed_with_the_session_stored_before() throws Exception {
        var device = new HttpsClient(ports.httpsPort());
        device.addCookie("remember-me", secrets.get("olga", Document.class).getString("rememberMeCookie"));

        assertThat(device.get("/members").statusCode()).isEqualTo(200);
        var storedDevice = stored.storedId("remember_me_tokens");
        var storedSession = stored.storedId("sessions");
        assertThat(sessions.devices("olga"))
                .anySatisfy(one -> assertThat(one.series()).isEqualTo(storedDevice));
        assertThat(sessions.of("olga", null))
                .anySatisfy(one -> assertThat(one.id()).isEqualTo(storedSession));
    }

    @Test
    void links_mailed_before_still_work() {
        var olga = secrets.get("olga", Document.class);

        assertThat(reset.usernameFor(olga.getString("resetToken"))).contains("olga");
        assertThat(verification.confirm(olga.getString("verificationToken")))
                .isEqualTo(EmailVerification.Outcome.VERIFIED);
    }

    @Test
    void failures_counted_before_still_make_the_account_wait() throws Exception {
        var browser = new HttpsClient(ports.httpsPort());

        assertThat(HttpsClient.location(browser.signIn("ulla", password))).startsWith("/login?wait=");
    }

    @Test
    void work_waiting_in_the_outbox_is_carried_out() {
        assertThat(mails.arrived("ulla@example.com", "Choose a new password").token())
                .isNotBlank();
    }

    @Test
    void the_audit_log_reads_back() {
        assertThat(audit.recent("olga", 20))
                .extracting(SecurityEvent::type)
                .contains(
                        SecurityEvent.Type.REGISTRATION,
                        SecurityEvent.Type.ROLES_CHANGED,
                        SecurityEvent.Type.LOGIN_SUCCESS,
                        SecurityEvent.Type.PASSKEY_ADDED);
    }
}
