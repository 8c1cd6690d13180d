package com.example.authstarter.twostep;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.sessions.Sessions;
import com.example.authstarter.signinlink.SignInLinks;
import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.testing.TwoStepFixtures;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.throttle.ThrottleSettings;
import com.example.authstarter.tls.HttpsRedirectPorts;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Two-step sign-in over real HTTPS: a password or a link, then the code page's form. */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class TwoStepSignInIT {

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    TwoStepFixtures twoStep;

    @Autowired
    SignInLinks links;

    @Autowired
    Sessions sessions;

    @Autowired
    Mails mails;

    @Autowired
    ThrottleSettings throttle;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AdjustableClock clock;

    HttpsClient browser;
    TwoStepFixtures.App app;

    @BeforeEach
    void setUp() throws Exception {
        testUsers.create("otto");
        app = twoStep.turnOn("otto");
        // The code used to turn it on is spent; sign-ins here use the codes of later steps.
        clock.advance(Duration.ofSeconds(60));
        browser = new HttpsClient(ports.httpsPort());
    }

    @Test
    void a_right_password_leads_to_the_code_page_and_only_the_code_signs_in() throws Exception {
        var firstStep = browser.signIn("otto", UserFixtures.PASSWORD);

        assertThat(HttpsClient.location(firstStep)).isEqualTo("/login/code");
        assertThat(browser.get("/members").statusCode()).as("not signed in yet").isEqualTo(302);
        var page = browser.get("/login/code");
        assertThat(page.statusCode()).isEqualTo(200);

        var sessionBefore = browser.cookie("JSESSIONID").getValue();

        var signedIn = sendCode(browser, twoStep.codeFor(app.secret(), 0));

        assertThat(HttpsClient.location(signedIn)).isEqualTo("/members");
        assertThat(browser.get("/members").statusCode()).isEqualTo(200);
        assertThat(events("LOGIN_SUCCESS")).isEqualTo(1);
        // As after a password: a new session id, recorded for every instance to see.
        var session = browser.cookie("JSESSIONID").getValue();
        assertThat(session).isNotEqualTo(sessionBefore);
        assertThat(sessions.of("otto", session))
                .singleElement()
                .satisfies(one -> assertThat(one.current()).isTrue());
    }

    @Test
    void a_wrong_password_is_refused_as_always_and_never_reaches_the_code_page() throws Exception {
        var refused = browser.signIn("otto", "not the password at all");

        assertThat(HttpsClient.location(refused)).isEqualTo("/login?error");
        assertThat(HttpsClient.location(browser.postForm("/login/code", withCsrf(browser, "code", "123456"))))
                .isEqualTo("/login");
    }

    @Test
    void a_code_is_taken_once_and_a_wrong_one_is_told_on_the_code_page() throws Exception {
        var code = twoStep.codeFor(app.secret(), 0);
        browser.signIn("otto", UserFixtures.PASSWORD);
        assertThat(HttpsClient.location(sendCode(browser, code))).isEqualTo("/");

        var eavesdropper = new HttpsClient(ports.httpsPort());
        eavesdropper.signIn("otto", UserFixtures.PASSWORD);
        var replayed = sendCode(eavesdropper, code);

        assertThat(HttpsClient.location(replayed)).isEqualTo("/login/code?error");
        assertThat(eavesdropper.get("/members").statusCode()).isEqualTo(302);
        assertThat(eavesdropper.get("/login/code?error").body()).doesNotContain("Exception");
    }

    @Test
    void wrong_codes_are_throttled_like_wrong_passwords_and_a_right_password_buys_no_new_guesses() throws Exception {
        browser.signIn("otto", UserFixtures.PASSWORD);
        for (int i = 0; i < throttle.freeFailures(); i++) {
            assertThat(HttpsClient.location(sendCode(browser, "000000"))).isEqualTo("/login/code?error");
        }

        assertThat(HttpsClient.location(sendCode(browser, twoStep.codeFor(app.secret(), 0))))
                .as("even the right code waits")
                .startsWith("/login/code?wait=");
        // Entering the password again does not reset the count of wrong codes.
        assertThat(HttpsClient.location(browser.signIn("otto", UserFixtures.PASSWORD)))
                .startsWith("/login?wait=");
    }

    @Test
    void a_recovery_code_signs_in_once() throws Exception {
        var recovery = app.recoveryCodes().getFirst();
        browser.signIn("otto", UserFixtures.PASSWORD);
        assertThat(HttpsClient.location(sendCode(browser, recovery))).isEqualTo("/");

        var again = new HttpsClient(ports.httpsPort());
        again.signIn("otto", UserFixtures.PASSWORD);
        assertThat(HttpsClient.location(sendCode(again, recovery))).isEqualTo("/login/code?error");
    }

    @Test
    void keep_me_signed_in_gives_its_cookie_only_after_the_second_step() throws Exception {
        browser.signIn("otto", UserFixtures.PASSWORD, "remember-me", "on");
        assertThat(browser.cookie("remember-me")).as("after the password only").isNull();

        sendCode(browser, twoStep.codeFor(app.secret(), 0));

        assertThat(browser.cookie("remember-me")).isNotNull();
    }

    @Test
    void a_sign_in_link_still_asks_for_the_code() throws Exception {
        mails.arrived("otto@example.com", "Confirm your email address");
        links.request("otto", "10.0.0.1");
        var link = mails.arrived("otto@example.com", "Your sign-in link");
        var csrf = browser.csrfToken("/login/ott?token=" + link.token());

        var firstStep = browser.postForm("/login/ott", Map.of("token", link.token(), "_csrf", csrf));

        assertThat(HttpsClient.location(firstStep)).isEqualTo("/login/code");
        assertThat(browser.get("/members").statusCode()).isEqualTo(302);
        // Back to the page asked for meanwhile, as after a password.
        assertThat(HttpsClient.location(sendCode(browser, twoStep.codeFor(app.secret(), 0))))
                .isEqualTo("/members");
    }

    @Test
    void the_first_step_lapses_after_five_minutes() throws Exception {
        browser.signIn("otto", UserFixtures.PASSWORD);
        clock.advance(Duration.ofMinutes(6));

        assertThat(HttpsClient.location(sendCode(browser, twoStep.codeFor(app.secret(), 0))))
                .isEqualTo("/login");
    }

    @Test
    void the_code_form_needs_its_csrf_token() throws Exception {
        browser.signIn("otto", UserFixtures.PASSWORD);

        var forged = browser.postForm("/login/code", Map.of("code", twoStep.codeFor(app.secret(), 0)));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("/members").statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> sendCode(HttpsClient client, String code) throws Exception {
        return client.postForm("/login/code", withCsrf(client, "code", code));
    }

    private static Map<String, String> withCsrf(HttpsClient client, String name, String value) throws Exception {
        var fields = new LinkedHashMap<String, String>();
        fields.put(name, value);
        fields.put("_csrf", client.csrfTokenFromLoginPage());
        return fields;
    }

    private long events(String type) {
        return mongo.count(
                Query.query(Criteria.where("username").is("otto").and("type").is(type)), SecurityEvent.class);
    }
}
