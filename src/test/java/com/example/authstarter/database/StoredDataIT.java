package com.example.authstarter.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.audit.AuditLog;
import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.base.ui.ThemePreference;
import com.example.authstarter.passkey.Passkeys;
import com.example.authstarter.sessions.Sessions;
import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.testing.SoftwarePasskey;
import com.example.authstarter.testing.TwoStepFixtures;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import com.example.authstarter.user.EmailVerification;
import com.example.authstarter.user.PasswordReset;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Data written before an upgrade keeps working after it. The documents in {@code
 * src/test/resources/stored-data/} were written by the app through its own flows before its packages were
 * rearranged (issue 21), with the class names of that time in {@code _class}: users, a session, a remembered
 * device, a passkey, two-step sign-in, links in mail, the outbox, the audit log, the throttle's counters. They
 * are loaded as they are, moved to the present (every date shifted by the time since they were written), and
 * read through today's code.
 */
@WithApp(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "app.passkeys.allowed-origins=" + StoredDataIT.ORIGIN)
class StoredDataIT {

    static final String ORIGIN = "https://localhost:8443";
    private static final Path STORED = Path.of("src/test/resources/stored-data");
    private static final String CSRF_HEADER = "X-CSRF-TOKEN";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    ThemePreference themes;

    @Autowired
    Sessions sessions;

    @Autowired
    Passkeys passkeys;

    @Autowired
    PasswordReset reset;

    @Autowired
    EmailVerification verification;

    @Autowired
    AuditLog audit;

    @Autowired
    Mails mails;

    @Autowired
    TwoStepFixtures twoStep;

    @Autowired
    UserFixtures testUsers;

    Document secrets;
    String password;

    @BeforeEach
    void loadWhatWasStoredBefore() throws IOException {
        secrets = Document.parse(Files.readString(STORED.resolve("secrets.json")));
        password = secrets.getString("password");
        var since = Duration.between(secrets.getDate("writtenAt").toInstant(), Instant.now());
        try (var files = Files.list(STORED.resolve("collections"))) {
            for (var file : files.toList()) {
                var collection = file.getFileName().toString().replace(".json", "");
                var documents = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank())
                        .map(line -> (Document) shifted(Document.parse(line), since))
                        .toList();
                if (!documents.isEmpty()) {
                    mongo.getCollection(collection).insertMany(documents);
                }
            }
        }
    }

    @Test
    void an_account_signs_in_with_its_password_and_keeps_its_roles_and_settings() throws Exception {
        var browser = new HttpsClient(ports.httpsPort());

        assertThat(HttpsClient.location(browser.signIn("olga", password))).isEqualTo("/");
        assertThat(browser.get("/admin").statusCode())
                .as("still an administrator")
                .isEqualTo(200);
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
        var storedDevice = storedId("remember_me_tokens");
        var storedSession = storedId("sessions");
        assertThat(sessions.devices("olga"))
                .anySatisfy(one -> assertThat(one.series()).isEqualTo(storedDevice));
        assertThat(sessions.of("olga", null))
                .anySatisfy(one -> assertThat(one.id()).isEqualTo(storedSession));
    }

    @Test
    void a_passkey_is_listed_and_signs_in() throws Exception {
        var saved = secrets.get("olga", Document.class).get("passkey", Document.class);
        var passkey = new SoftwarePasskey(new SoftwarePasskey.Saved(
                saved.getString("rpId"),
                saved.getString("publicKey"),
                saved.getString("privateKey"),
                saved.getString("credentialId"),
                saved.getString("userHandle"),
                saved.getLong("signCount")));
        assertThat(passkeys.of("olga"))
                .singleElement()
                .satisfies(one -> assertThat(one.name()).isEqualTo("Fixture key"));

        var phone = new HttpsClient(ports.httpsPort());
        var csrf = phone.csrfTokenFromLoginPage();
        var options = phone.sendJson("POST", "/webauthn/authenticate/options", null, CSRF_HEADER, csrf);
        var signedIn =
                phone.sendJson("POST", "/login/webauthn", passkey.assertion(options.body(), ORIGIN), CSRF_HEADER, csrf);

        assertThat(signedIn.body()).contains("\"authenticated\":true");
        assertThat(phone.get("/members").statusCode()).isEqualTo(200);
    }

    @Test
    void two_step_sign_in_takes_a_code_of_the_stored_secret_and_a_stored_recovery_code() throws Exception {
        var tom = secrets.get("tom", Document.class);
        var withCode = new HttpsClient(ports.httpsPort());
        assertThat(HttpsClient.location(withCode.signIn("tom", password))).isEqualTo("/login/code");

        var code = twoStep.codeFor(tom.getString("twoStepSecret"), 0);
        assertThat(HttpsClient.location(sendCode(withCode, code))).isEqualTo("/");

        var withRecoveryCode = new HttpsClient(ports.httpsPort());
        withRecoveryCode.signIn("tom", password);
        var recovery = tom.getList("recoveryCodes", String.class).getFirst();
        assertThat(HttpsClient.location(sendCode(withRecoveryCode, recovery))).isEqualTo("/");
    }

    @Test
    void links_mailed_before_still_work() throws Exception {
        var olga = secrets.get("olga", Document.class);
        assertThat(reset.usernameFor(olga.getString("resetToken"))).contains("olga");
        assertThat(verification.confirm(olga.getString("verificationToken")))
                .isEqualTo(EmailVerification.Outcome.VERIFIED);

        var browser = new HttpsClient(ports.httpsPort());
        var token = olga.getString("signInLinkToken");
        var csrf = browser.csrfToken("/login/ott?token=" + token);
        var signedIn = browser.postForm("/login/ott", Map.of("token", token, "_csrf", csrf));

        assertThat(HttpsClient.location(signedIn)).isEqualTo("/");
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

    private static HttpResponse<String> sendCode(HttpsClient client, String code) throws Exception {
        return client.postForm("/login/code", Map.of("code", code, "_csrf", client.csrfTokenFromLoginPage()));
    }

    /** The id of the one document that was stored in {@code collection}. */
    private String storedId(String collection) {
        return mongo.getCollection(collection).find().first().getString("_id");
    }

    /** Every date in {@code value}, however deep, moved on by {@code by}; everything else as it was. */
    private static Object shifted(Object value, Duration by) {
        return switch (value) {
            case Date date -> Date.from(date.toInstant().plus(by));
            case Document document -> {
                document.replaceAll((key, inner) -> shifted(inner, by));
                yield document;
            }
            case List<?> list -> list.stream().map(inner -> shifted(inner, by)).toList();
            default -> value;
        };
    }
}
