package com.example.authstarter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.authstarter.passkey.SoftwarePasskey;
import com.example.authstarter.testing.Database;
import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.tls.HttpsRedirectPorts;
import com.example.authstarter.twostep.TestTwoStep;
import com.example.authstarter.user.PasswordReset;
import com.example.authstarter.user.TestUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Writes what the app as it is today stores, through its own flows, to {@code src/test/resources/stored-data/}:
 * one file of Extended JSON per collection ({@code collections/}), and the secrets the data was made with
 * ({@code secrets.json}). Run by hand, once, before
 * the packages are rearranged: {@code ./mvnw test -Dtest=GenerateStoredDataFixtures}. Not a test (no pattern
 * matches its name).
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"app.passkeys.allowed-origins=https://localhost:8443", "app.admin.first-sign-up=true"})
@ActiveProfiles("test")
class GenerateStoredDataFixtures {

    static final Path FOLDER = Path.of("src/test/resources/stored-data");
    static final String ORIGIN = "https://localhost:8443";

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestTwoStep twoStep;

    @Autowired
    PasswordReset reset;

    @Autowired
    com.example.authstarter.security.SignInLinks signInLinks;

    @Autowired
    com.example.authstarter.base.ui.ThemePreference themes;

    @Autowired
    Mails mails;

    @Autowired
    Database database;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void write() throws Exception {
        database.startFresh();
        var writtenAt = Instant.now();
        // olga: the first sign-up, so administrator; dark mode; signed in with "keep me signed in"; a passkey;
        // a reset link and a sign-in link asked for; the address not yet verified (its link kept).
        testUsers.create("olga");
        var verification = mails.arrived("olga@example.com", "Confirm your email").token();
        themes.setDark("olga", true);
        var browser = new HttpsClient(ports.httpsPort());
        var signedIn = browser.signIn("olga", TestUsers.PASSWORD, "remember-me", "on");
        assertThat(HttpsClient.location(signedIn)).isEqualTo("/");
        var rememberMe = browser.cookie("remember-me").getValue();
        var passkey = new SoftwarePasskey("localhost");
        var csrf = browser.csrfToken("/");
        var options = browser.sendJson("POST", "/webauthn/register/options", null, "X-CSRF-TOKEN", csrf);
        var registered = browser.sendJson(
                "POST",
                "/webauthn/register",
                passkey.registration(options.body(), ORIGIN, "Fixture key"),
                "X-CSRF-TOKEN",
                csrf);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        reset.request("olga", "192.0.2.10");
        var resetToken = mails.arrived("olga@example.com", "Choose a new password").token();
        signInLinks.request("olga@example.com", "192.0.2.10");
        var linkToken = mails.arrived("olga@example.com", "Your sign-in link").token();

        // tom: two-step sign-in on.
        testUsers.create("tom");
        testUsers.verifyEmail("tom");
        var app = twoStep.turnOn("tom");

        // ulla: six wrong passwords in a row, so she must wait; then a reset asked for while no instance sends
        // mail, which waits in the outbox.
        testUsers.create("ulla");
        for (int i = 0; i < 6; i++) {
            new HttpsClient(ports.httpsPort()).signIn("ulla", "wrong password " + i);
        }
        mails.arrived("ulla@example.com", "Confirm your email");
        var worker = (SmartLifecycle) context.getBean("outboxWorker");
        worker.stop();
        reset.request("ulla", "192.0.2.11");

        // This instance's heartbeat, which the session list needs to show its sessions, comes every 5 s.
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.getCollection("instances").countDocuments() > 0);
        Files.createDirectories(FOLDER.resolve("collections"));
        var json = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
        for (var collection : mongo.getCollectionNames()) {
            var lines = new StringBuilder();
            for (var document : mongo.getCollection(collection).find()) {
                lines.append(document.toJson(json)).append('\n');
            }
            Files.writeString(FOLDER.resolve("collections/" + collection + ".json"), lines, StandardCharsets.UTF_8);
        }
        var saved = passkey.saved();
        var secrets = new Document("writtenAt", Date.from(writtenAt))
                .append("password", TestUsers.PASSWORD)
                .append("olga", new Document("rememberMeCookie", rememberMe)
                        .append("verificationToken", verification)
                        .append("resetToken", resetToken)
                        .append("signInLinkToken", linkToken)
                        .append(
                                "passkey",
                                new Document(Map.of(
                                        "rpId", saved.rpId(),
                                        "publicKey", saved.publicKey(),
                                        "privateKey", saved.privateKey(),
                                        "credentialId", saved.credentialId(),
                                        "userHandle", saved.userHandle(),
                                        "signCount", saved.signCount()))))
                .append("tom", new Document("twoStepSecret", app.secret()).append("recoveryCodes", app.recoveryCodes()));
        Files.writeString(FOLDER.resolve("secrets.json"), secrets.toJson(json) + "\n", StandardCharsets.UTF_8);
        worker.start();
        assertThat(Duration.between(writtenAt, Instant.now())).isLessThan(Duration.ofMinutes(2));
    }
}
