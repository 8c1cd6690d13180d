package com.example.authstarter.passkey;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.sessions.Sessions;
import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.SoftwarePasskey;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Spring Security's WebAuthn endpoints over real HTTPS, with a passkey made in the test: adding one,
 * signing in with it, and everything that must be refused.
 */
@WithApp(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "app.passkeys.allowed-origins=" + PasskeySignInIT.ORIGIN)
class PasskeySignInIT {

    static final String ORIGIN = "https://localhost:8443";
    private static final String CSRF_HEADER = "X-CSRF-TOKEN";

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    Passkeys passkeys;

    @Autowired
    Sessions sessions;

    @Autowired
    PasskeyConfirmation confirmation;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AdjustableClock clock;

    HttpsClient browser;
    SoftwarePasskey passkey;

    @BeforeEach
    void setUp() throws Exception {
        testUsers.create("petra");
        browser = new HttpsClient(ports.httpsPort());
        passkey = new SoftwarePasskey("localhost");
    }

    @Test
    void a_passkey_added_after_a_recent_sign_in_signs_in_without_a_password() throws Exception {
        add(passkey, ORIGIN);
        assertThat(passkeys.of("petra"))
                .singleElement()
                .satisfies(one -> assertThat(one.name()).isEqualTo("Test key"));
        assertThat(events("PASSKEY_ADDED")).isEqualTo(1);

        var phone = new HttpsClient(ports.httpsPort());
        var signedIn = signIn(phone, passkey, ORIGIN);

        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).contains("\"authenticated\":true").contains("\"redirectUrl\":\"/\"");
        assertThat(phone.get("/members").statusCode()).isEqualTo(200);
        assertThat(events("PASSKEY_LOGIN")).isEqualTo(1);
        // As after a password: recorded for every instance to see, and no "keep me signed in" unless asked.
        var session = phone.cookie("JSESSIONID").getValue();
        assertThat(sessions.of("petra", session))
                .anySatisfy(one -> assertThat(one.current()).isTrue());
        assertThat(phone.cookie("remember-me")).isNull();
    }

    @Test
    void keep_me_signed_in_works_with_a_passkey_too() throws Exception {
        add(passkey, ORIGIN);
        var phone = new HttpsClient(ports.httpsPort());
        var csrf = phone.csrfTokenFromLoginPage();
        var options = phone.sendJson("POST", "/webauthn/authenticate/options", null, CSRF_HEADER, csrf);

        var signedIn = phone.sendJson(
                "POST", "/login/webauthn?remember-me=on", passkey.assertion(options.body(), ORIGIN), CSRF_HEADER, csrf);

        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(phone.cookie("remember-me")).isNotNull();
    }

    @Test
    void without_the_csrf_token_every_endpoint_refuses() throws Exception {
        browser.signIn("petra", UserFixtures.PASSWORD);

        assertThat(browser.sendJson("POST", "/webauthn/register/options", null).statusCode())
                .isEqualTo(403);
        assertThat(browser.sendJson("POST", "/webauthn/register", "{}").statusCode())
                .isEqualTo(403);
        var stranger = new HttpsClient(ports.httpsPort());
        stranger.get("/login");
        assertThat(stranger.sendJson("POST", "/webauthn/authenticate/options", null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(stranger.sendJson("POST", "/login/webauthn", "{}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_passkey_made_on_another_site_is_not_added() throws Exception {
        var registered = register(passkey, "https://evil.example", "Test key");

        assertThat(registered.statusCode()).isEqualTo(400);
        assertThat(passkeys.of("petra")).isEmpty();
    }

    @Test
    void a_passkey_without_a_usable_name_is_not_added() throws Exception {
        var registered = register(passkey, ORIGIN, "x".repeat(65));

        assertThat(registered.statusCode()).isEqualTo(400);
        assertThat(passkeys.of("petra")).isEmpty();
    }

    @Test
    void an_assertion_from_another_site_or_by_an_unknown_passkey_signs_nobody_in() throws Exception {
        add(passkey, ORIGIN);

        var phishing = new HttpsClient(ports.httpsPort());
        assertThat(signIn(phishing, passkey, "https://evil.example").statusCode())
                .isEqualTo(401);
        assertThat(phishing.get("/members").statusCode()).isEqualTo(302);

        var unknown = new HttpsClient(ports.httpsPort());
        var neverAdded = new SoftwarePasskey("localhost");
        assertThat(signIn(unknown, neverAdded, ORIGIN).statusCode()).isEqualTo(401);
        assertThat(unknown.get("/members").statusCode()).isEqualTo(302);
    }

    @Test
    void a_locked_account_is_not_let_in_by_its_passkey() throws Exception {
        add(passkey, ORIGIN);
        testUsers.lock("petra");

        assertThat(signIn(new HttpsClient(ports.httpsPort()), passkey, ORIGIN).statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_removed_passkey_signs_in_no_more() throws Exception {
        add(passkey, ORIGIN);
        passkeys.remove("petra", passkey.id());

        assertThat(events("PASSKEY_REMOVED")).isEqualTo(1);
        assertThat(signIn(new HttpsClient(ports.httpsPort()), passkey, ORIGIN).statusCode())
                .isEqualTo(401);
    }

    @Test
    void adding_a_passkey_needs_a_recent_sign_in_and_removing_is_only_on_the_account_page() throws Exception {
        browser.signIn("petra", UserFixtures.PASSWORD);
        var csrf = browser.csrfToken("/");
        clock.advance(Duration.ofMinutes(11));

        assertThat(browser.sendJson("POST", "/webauthn/register/options", null, CSRF_HEADER, csrf)
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser.sendJson("DELETE", "/webauthn/register/" + passkey.id(), null, CSRF_HEADER, csrf)
                        .statusCode())
                .isEqualTo(405);
        var anonymous = new HttpsClient(ports.httpsPort());
        assertThat(anonymous
                        .sendJson(
                                "POST",
                                "/webauthn/register/options",
                                null,
                                CSRF_HEADER,
                                anonymous.csrfTokenFromLoginPage())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_passkey_confirms_it_is_its_owner_and_nobody_else() throws Exception {
        add(passkey, ORIGIN);
        testUsers.create("quentin");

        var challenge = confirmation.challenge("petra");
        assertThat(confirmation.confirms("petra", challenge, passkey.assertion(challenge.json(), ORIGIN)))
                .isTrue();

        var another = confirmation.challenge("quentin");
        assertThat(confirmation.confirms("quentin", another, passkey.assertion(another.json(), ORIGIN)))
                .as("petra's passkey on quentin's session")
                .isFalse();
        var phished = confirmation.challenge("petra");
        assertThat(confirmation.confirms("petra", phished, passkey.assertion(phished.json(), "https://evil.example")))
                .isFalse();
        assertThat(confirmation.confirms("petra", confirmation.challenge("petra"), "{not json"))
                .isFalse();
    }

    /** Signs in with a password (a recent sign-in) and adds {@code key} as a page at {@code origin} would. */
    private void add(SoftwarePasskey key, String origin) throws Exception {
        var registered = register(key, origin, "Test key");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
    }

    /** Signs in with a password (a recent sign-in), then registers {@code key} as a page at {@code origin}. */
    private HttpResponse<String> register(SoftwarePasskey key, String origin, String label) throws Exception {
        var owner = new HttpsClient(ports.httpsPort());
        owner.signIn("petra", UserFixtures.PASSWORD);
        var csrf = owner.csrfToken("/");
        var options = owner.sendJson("POST", "/webauthn/register/options", null, CSRF_HEADER, csrf);
        assertThat(options.statusCode()).isEqualTo(200);
        return owner.sendJson(
                "POST", "/webauthn/register", key.registration(options.body(), origin, label), CSRF_HEADER, csrf);
    }

    private static HttpResponse<String> signIn(HttpsClient client, SoftwarePasskey key, String origin)
            throws Exception {
        var csrf = client.csrfTokenFromLoginPage();
        var options = client.sendJson("POST", "/webauthn/authenticate/options", null, CSRF_HEADER, csrf);
        assertThat(options.statusCode()).isEqualTo(200);
        return client.sendJson("POST", "/login/webauthn", key.assertion(options.body(), origin), CSRF_HEADER, csrf);
    }

    private long events(String type) {
        return mongo.count(
                Query.query(Criteria.where("username").is("petra").and("type").is(type)), SecurityEvent.class);
    }
}
