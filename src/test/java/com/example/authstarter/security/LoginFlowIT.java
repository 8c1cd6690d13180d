package com.example.authstarter.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.TestClock;
import com.example.authstarter.audit.AuditLog;
import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.testing.Database;
import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.tls.HttpsRedirectPorts;
import com.example.authstarter.user.AccountService;
import com.example.authstarter.user.TestUsers;
import com.example.authstarter.user.UserAdministration;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** Sign-in over real HTTPS against the running server, as a browser does it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginFlowIT {

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Autowired
    TestClock clock;

    @Autowired
    UserAdministration administration;

    @Autowired
    AccountService accounts;

    @Autowired
    HealthEndpoint healthEndpoint;

    @Autowired
    Database database;

    @Autowired
    ThrottleSettings throttle;

    @Autowired
    PasswordEncoder passwordEncoder;

    HttpsClient browser;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @BeforeEach
    void setUp() throws Exception {
        // Every request here comes from 127.0.0.1: this also starts that address's count at zero.
        database.startFresh();
        testUsers.create("rita");
        mongo.remove(new Query(), SecurityEvent.class);
        browser = new HttpsClient(ports.httpsPort());
    }

    @Test
    void correct_credentials_sign_in_and_open_the_backend() throws Exception {
        var response = browser.signIn("rita", TestUsers.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HttpsClient.location(response)).isEqualTo("/");
        assertThat(browser.get("/members").statusCode()).isEqualTo(200);
    }

    @Test
    void an_account_stored_by_the_first_release_signs_in_after_the_upgrade() throws Exception {
        // The fields of the first release only: no locked, lockReason, darkMode, emailVerified or language.
        mongo.getCollection("users")
                .insertOne(new Document("username", "Olaf")
                        .append("usernameKey", "olaf")
                        .append("email", "olaf@example.com")
                        .append("emailKey", "olaf@example.com")
                        .append("passwordHash", passwordEncoder.encode(TestUsers.PASSWORD))
                        .append("roles", List.of("USER"))
                        .append("createdAt", new Date())
                        .append("_class", "com.example.authstarter.user.User"));

        var response = browser.signIn("olaf", TestUsers.PASSWORD);

        assertThat(HttpsClient.location(response)).isEqualTo("/");
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
        assertThat(testUsers.isLocked("olaf")).isFalse();
        assertThat(testUsers.isEmailVerified("olaf")).isFalse();
    }

    @Test
    void the_username_matches_whatever_its_case() throws Exception {
        var response = browser.signIn("RITA", TestUsers.PASSWORD);

        assertThat(HttpsClient.location(response)).isEqualTo("/");
    }

    @Test
    void a_wrong_password_returns_to_login_with_the_error_flag() throws Exception {
        var response = browser.signIn("rita", TestUsers.PASSWORD + "x");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HttpsClient.location(response)).isEqualTo("/login?error");
        assertThat(browser.get("/members").statusCode()).isEqualTo(302);
    }

    @Test
    void the_email_address_signs_in_as_well_as_the_username_whatever_its_case() throws Exception {
        var response = browser.signIn("Rita@Example.COM", TestUsers.PASSWORD);

        assertThat(HttpsClient.location(response)).isEqualTo("/");
        assertThat(browser.get("/").body()).doesNotContain("Rita@Example.COM");
    }

    @Test
    void failures_by_username_and_by_email_count_against_one_account() throws Exception {
        for (int i = 0; i < throttle.freeFailures(); i++) {
            var typed = i % 2 == 0 ? "rita" : "rita@example.com";
            new HttpsClient(ports.httpsPort()).signIn(typed, "guess " + i);
        }

        assertThat(HttpsClient.location(browser.signIn("rita@example.com", TestUsers.PASSWORD)))
                .isEqualTo("/login?wait=1");
    }

    @Test
    void an_unknown_email_gets_the_same_answer_as_a_wrong_password() throws Exception {
        var wrong = new HttpsClient(ports.httpsPort()).signIn("rita@example.com", "wrong password!!");
        var unknown = new HttpsClient(ports.httpsPort()).signIn("nobody@example.com", "wrong password!!");

        assertThat(HttpsClient.location(unknown))
                .isEqualTo(HttpsClient.location(wrong))
                .isEqualTo("/login?error");
        assertThat(unknown.headers().map().keySet())
                .isEqualTo(wrong.headers().map().keySet());
    }

    @Test
    void an_unknown_user_gets_the_same_answer_as_a_wrong_password() throws Exception {
        var response = browser.signIn("nobody", TestUsers.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HttpsClient.location(response)).isEqualTo("/login?error");
    }

    @Test
    void every_page_that_is_not_public_sends_an_anonymous_visitor_to_login() throws Exception {
        for (var path : new String[] {"/", "/members", "/account", "/admin", "/admin/events", "/logout"}) {
            var response = browser.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(HttpsClient.location(response)).as(path).isEqualTo("/login");
        }
        assertThat(browser.get("/VAADIN/../members").statusCode()).isEqualTo(400);
    }

    @Test
    void a_path_that_is_no_page_answers_404_with_the_apps_own_page() throws Exception {
        for (var path : new String[] {"/no-such-page", "/error", "/admin/no-such-page"}) {
            var response = browser.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Page not found", "Go to the start page");
            assertThat(response.body()).doesNotContain("Whitelabel");
        }
        browser.signIn("rita", TestUsers.PASSWORD);

        var signedIn = browser.get("/no-such-page");

        assertThat(signedIn.statusCode()).isEqualTo(404);
        assertThat(signedIn.body()).contains("Page not found");
    }

    @Test
    void the_error_page_speaks_the_browsers_language() throws Exception {
        var response = browser.get("/no-such-page", "Accept-Language", "de-DE,de;q=0.9,en;q=0.5");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"de\">", "Seite nicht gefunden", "Zur Startseite");
    }

    @Test
    void sign_in_never_returns_to_a_page_that_does_not_exist() throws Exception {
        assertThat(browser.get("/no-such-page").statusCode()).isEqualTo(404);

        var response = browser.signIn("rita", TestUsers.PASSWORD);

        assertThat(HttpsClient.location(response)).isEqualTo("/");
    }

    @Test
    void a_typed_logout_address_shows_a_page_that_asks_and_signs_no_one_out() throws Exception {
        browser.signIn("rita", TestUsers.PASSWORD);

        var response = browser.get("/logout");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(browser.get("/members").statusCode()).isEqualTo(200);
    }

    @Test
    void the_site_icon_is_served() throws Exception {
        var response = browser.get("/favicon.ico");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
    }

    @Test
    void a_sign_in_without_the_csrf_token_is_refused() throws Exception {
        browser.get("/login");

        var response = browser.postForm("/login", Map.of("username", "rita", "password", TestUsers.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(browser.get("/members").statusCode()).isEqualTo(302);
    }

    @Test
    void after_sign_in_the_user_returns_to_the_page_first_asked_for() throws Exception {
        var asked = browser.get("/members?tab=all");
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(HttpsClient.location(asked)).isEqualTo("/login");

        var response = browser.signIn("rita", TestUsers.PASSWORD);

        // Exactly the address asked for: no "?continue" marker left in the address bar.
        assertThat(HttpsClient.location(response)).isEqualTo("/members?tab=all");
        var back = browser.get("/members?tab=all");
        assertThat(back.statusCode()).isEqualTo(200);
    }

    @Test
    void a_redirect_target_on_another_site_is_never_followed() throws Exception {
        var csrf = browser.csrfTokenFromLoginPage();

        var response = browser.postForm(
                "/login?Saved-url=https://evil.example.com/phish",
                Map.of("username", "rita", "password", TestUsers.PASSWORD, "_csrf", csrf));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HttpsClient.location(response)).isEqualTo("/");
    }

    @Test
    void the_session_id_changes_at_sign_in() throws Exception {
        browser.get("/login");
        var before = browser.cookie("JSESSIONID").getValue();

        browser.signIn("rita", TestUsers.PASSWORD);

        assertThat(browser.cookie("JSESSIONID").getValue()).isNotEqualTo(before);
    }

    @Test
    void the_session_cookie_is_secure_http_only_and_same_site() throws Exception {
        var response = browser.get("/login");

        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("Secure")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax"));
    }

    @Test
    void responses_carry_hsts() throws Exception {
        var response = browser.get("/login");

        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    @Test
    void remember_me_keeps_the_user_signed_in_in_a_new_browser_session() throws Exception {
        var response = browser.signIn("rita", TestUsers.PASSWORD, "remember-me", "on");
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("remember-me=").contains("Secure", "HttpOnly", "SameSite=Lax"));
        assertThat(mongo.findAll(RememberMeToken.class))
                .extracting(RememberMeToken::username)
                .containsExactly("rita");
        var rememberMe = browser.cookie("remember-me");

        var laterBrowser = new HttpsClient(ports.httpsPort());
        laterBrowser.cookies.getCookieStore().add(URI.create("https://localhost:" + ports.httpsPort()), rememberMe);

        assertThat(laterBrowser.get("/members").statusCode()).isEqualTo(200);
    }

    @Test
    void signing_out_ends_the_session_and_forgets_the_remember_me_device() throws Exception {
        browser.signIn("rita", TestUsers.PASSWORD, "remember-me", "on");
        var csrf = browser.csrfToken("/");

        var response = browser.postForm("/logout", Map.of("_csrf", csrf));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(mongo.findAll(RememberMeToken.class)).isEmpty();
        assertThat(browser.get("/members").statusCode()).isEqualTo(302);
    }

    @Test
    void without_remember_me_no_token_is_stored() throws Exception {
        browser.signIn("rita", TestUsers.PASSWORD);

        assertThat(browser.cookie("remember-me")).isNull();
        assertThat(mongo.findAll(RememberMeToken.class)).isEmpty();
    }

    @Test
    void plain_http_is_redirected_to_https() throws Exception {
        var plain = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        var response = plain.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + ports.plainHttpPort() + "/members?x=1"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("https://localhost:" + ports.httpsPort() + "/members?x=1");
    }

    @Test
    void the_pwa_files_are_public() throws Exception {
        for (var path : new String[] {"/manifest.webmanifest", "/sw.js", "/offline.html", "/icons/icon.png"}) {
            assertThat(browser.get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(browser.get("/manifest.webmanifest").body()).contains("\"name\":\"Vaadin Auth Starter\"");
    }

    @Test
    void unknown_user_wrong_password_and_locked_account_get_the_same_response() throws Exception {
        testUsers.create("lena");
        testUsers.lock("lena");

        var wrongPassword = new HttpsClient(ports.httpsPort()).signIn("rita", "wrong password!!");
        var unknownUser = new HttpsClient(ports.httpsPort()).signIn("nobody-here", "wrong password!!");
        var locked = new HttpsClient(ports.httpsPort()).signIn("lena", TestUsers.PASSWORD);

        for (var response : java.util.List.of(unknownUser, locked)) {
            assertThat(response.statusCode()).isEqualTo(wrongPassword.statusCode());
            assertThat(HttpsClient.location(response)).isEqualTo(HttpsClient.location(wrongPassword));
            assertThat(response.headers().map().keySet())
                    .isEqualTo(wrongPassword.headers().map().keySet());
            assertThat(response.body()).isEqualTo(wrongPassword.body());
        }
    }

    @Test
    void an_operator_payload_in_place_of_the_username_signs_no_one_in() throws Exception {
        var csrf = browser.csrfTokenFromLoginPage();

        var response = browser.postForm("/login", Map.of("username[$ne]", "", "password[$ne]", "", "_csrf", csrf));

        assertThat(HttpsClient.location(response)).isEqualTo("/login?error");
        assertThat(browser.get("/members").statusCode()).isEqualTo(302);
    }

    @Test
    void a_username_with_a_nul_byte_or_surrounding_spaces_signs_no_one_in() throws Exception {
        for (var name : new String[] {"rita\u0000", " rita", "rita ", "\u0000rita", "rita\t", "\u00a0rita"}) {
            var response = new HttpsClient(ports.httpsPort()).signIn(name, TestUsers.PASSWORD);

            assertThat(HttpsClient.location(response)).as(name).isEqualTo("/login?error");
        }
    }

    @Test
    void an_oversized_password_is_refused_at_once_with_413() throws Exception {
        var csrf = browser.csrfTokenFromLoginPage();

        var response = browser.postForm(
                "/login", Map.of("username", "rita", "password", "x".repeat(1_000_000), "_csrf", csrf));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(mongo.count(new Query(), SecurityEvent.class)).isZero();
    }

    @Test
    void an_oversized_username_is_refused_with_413() throws Exception {
        var csrf = browser.csrfTokenFromLoginPage();

        var response = browser.postForm(
                "/login", Map.of("username", "u".repeat(100_000), "password", "whatever", "_csrf", csrf));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void a_field_longer_than_any_account_could_have_is_refused_with_400() throws Exception {
        var csrf = browser.csrfTokenFromLoginPage();

        var response =
                browser.postForm("/login", Map.of("username", "u".repeat(300), "password", "whatever", "_csrf", csrf));

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        for (var path : new String[] {"/login", "/icons/icon.png", "/members"}) {
            var headers = browser.get(path).headers();

            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as(path)
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            // Only the app itself may frame its pages (the PWA shows its offline page so); no other site can.
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("SAMEORIGIN");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'")
                            .contains("frame-ancestors 'self'")
                            .contains("object-src 'none'"));
        }
    }

    @Test
    void sign_in_attempts_and_sign_out_are_audited_and_counted() throws Exception {
        double failuresBefore =
                meters.counter(AuditLog.METRIC, "type", "LOGIN_FAILURE").count();
        new HttpsClient(ports.httpsPort()).signIn("rita", "wrong password!!");
        browser.signIn("rita", TestUsers.PASSWORD);
        browser.postForm("/logout", Map.of("_csrf", browser.csrfToken("/")));

        var events = mongo.findAll(SecurityEvent.class);

        assertThat(events)
                .extracting(SecurityEvent::type, SecurityEvent::username, SecurityEvent::clientAddress)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SecurityEvent.Type.LOGIN_FAILURE, "rita", "127.0.0.1"),
                        org.assertj.core.groups.Tuple.tuple(SecurityEvent.Type.LOGIN_SUCCESS, "rita", "127.0.0.1"),
                        org.assertj.core.groups.Tuple.tuple(SecurityEvent.Type.LOGOUT, "rita", "127.0.0.1"));
        assertThat(meters.counter(AuditLog.METRIC, "type", "LOGIN_FAILURE").count())
                .isEqualTo(failuresBefore + 1);
        assertThat(mongo.getCollection("security_events").find().first().toJson())
                .doesNotContain(TestUsers.PASSWORD)
                .doesNotContain("wrong password");
    }

    @Test
    void only_the_health_check_of_the_actuator_is_public() throws Exception {
        var health = browser.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("mongo")
                .doesNotContain("components");

        for (var path : new String[] {"/actuator", "/actuator/env", "/actuator/metrics", "/actuator/beans"}) {
            assertThat(browser.get(path).statusCode()).as(path).isNotEqualTo(200);
        }
    }

    @Test
    void the_health_check_includes_the_database() {
        var mongoHealth = healthEndpoint.healthForPath("mongo");

        assertThat(mongoHealth).isNotNull();
        assertThat(mongoHealth.getStatus().getCode()).isEqualTo("UP");
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_told_to_wait_over_http() throws Exception {
        for (int i = 0; i < throttle.freeFailures(); i++) {
            assertThat(HttpsClient.location(new HttpsClient(ports.httpsPort()).signIn("rita", "guess " + i)))
                    .isEqualTo("/login?error");
        }

        var response = browser.signIn("rita", TestUsers.PASSWORD);

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

        var response = browser.signIn("rita", TestUsers.PASSWORD);

        // About 45 s of the minute are left; the test's own run takes a few of them.
        assertThat(HttpsClient.location(response)).matches("/login\\?wait=(4[0-5]|3[0-9])");
    }

    @Test
    void successful_sign_ins_from_one_address_never_use_up_its_limit() throws Exception {
        clock.advance(Duration.ofSeconds(60 - clock.instant().getEpochSecond() % 60));
        for (int i = 0; i < throttle.addressFailuresPerMinute() + 5; i++) {
            var colleague = new HttpsClient(ports.httpsPort()).signIn("rita", TestUsers.PASSWORD);
            assertThat(HttpsClient.location(colleague)).as("sign-in " + (i + 1)).isEqualTo("/");
        }
    }

    @Test
    void a_member_is_refused_the_administration_pages_with_the_apps_access_denied_page() throws Exception {
        browser.signIn("rita", TestUsers.PASSWORD);

        for (var path : new String[] {"/admin", "/admin/events"}) {
            var response = browser.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body())
                    .as(path)
                    .contains("You may not open this page", "Go to the start page")
                    .doesNotContain("Whitelabel");
        }
    }

    @Test
    void an_administrator_opens_the_administration_page_over_http() throws Exception {
        administration.grantAdmin("rita", "test");
        browser.signIn("rita", TestUsers.PASSWORD);

        var response = browser.get("/admin");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void changing_the_password_signs_out_the_other_browsers_but_not_this_one() throws Exception {
        var thisBrowser = browser;
        var otherBrowser = new HttpsClient(ports.httpsPort());
        thisBrowser.signIn("rita", TestUsers.PASSWORD);
        otherBrowser.signIn("rita", TestUsers.PASSWORD);
        assertThat(otherBrowser.get("/members").statusCode()).isEqualTo(200);

        accounts.changePassword(
                "rita",
                TestUsers.PASSWORD,
                "marmalade tractor sunset",
                "marmalade tractor sunset",
                thisBrowser.cookie("JSESSIONID").getValue());

        assertThat(thisBrowser.get("/members").statusCode()).isEqualTo(200);
        assertThat(otherBrowser.get("/members").statusCode()).isEqualTo(302);
    }
}
