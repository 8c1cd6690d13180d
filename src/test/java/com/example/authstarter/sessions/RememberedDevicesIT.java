package com.example.authstarter.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** "Keep me signed in" over real HTTPS: rotation, requests sent at once, a copied cookie, sign-out. */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class RememberedDevicesIT {

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AdjustableClock clock;

    @Autowired
    Mails mails;

    @Autowired
    Sessions sessions;

    @BeforeEach
    void setUp() {
        testUsers.create("rita");
    }

    @Test
    void a_remembered_browser_signs_in_and_its_cookie_is_replaced_at_each_use() throws Exception {
        var first = rememberedCookie();

        var visit = withCookie(first).get("/members");

        assertThat(visit.statusCode()).isEqualTo(200);
        var second = newCookieIn(visit);
        assertThat(second).isNotEqualTo(first);
        assertThat(withCookie(second).get("/members").statusCode()).isEqualTo(200);
    }

    @Test
    void only_hashes_of_tokens_are_stored() throws Exception {
        var cookie = rememberedCookie();
        var token = new String(Base64.getDecoder().decode(cookie)).split(":")[1];

        var stored = mongo.findAll(Document.class, RememberedDeviceRecord.COLLECTION);

        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().toJson()).doesNotContain(token);
    }

    @Test
    void requests_sent_at_once_with_one_cookie_all_sign_in_and_get_the_same_new_cookie() throws Exception {
        var cookie = rememberedCookie();
        int browsersAtOnce = 6;
        var start = new CyclicBarrier(browsersAtOnce);
        var answers = new ArrayList<Future<HttpResponse<String>>>();
        try (var pool = Executors.newFixedThreadPool(browsersAtOnce)) {
            for (int i = 0; i < browsersAtOnce; i++) {
                var tab = withCookie(cookie);
                Callable<HttpResponse<String>> load = () -> {
                    start.await();
                    return tab.get("/members");
                };
                answers.add(pool.submit(load));
            }
            var newCookies = new ArrayList<String>();
            for (var answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(200);
                newCookies.add(newCookieIn(answer.get()));
            }
            assertThat(newCookies).doesNotContain(cookie).containsOnly(newCookies.getFirst());
        }
        assertThat(sessions.devices("rita")).hasSize(1);
        assertThat(events(SecurityEvent.Type.REMEMBERED_COOKIE_REUSED)).isZero();
    }

    @Test
    void a_replaced_cookie_within_the_grace_period_still_signs_in_and_yields_the_current_one() throws Exception {
        var old = rememberedCookie();
        var current = newCookieIn(withCookie(old).get("/members"));
        clock.advance(RememberedDevices.GRACE.minusSeconds(2));

        var late = withCookie(old).get("/members");

        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(newCookieIn(late)).isEqualTo(current);
    }

    @Test
    void a_copied_cookie_used_after_the_grace_period_signs_out_everywhere_without_a_500() throws Exception {
        var stolen = rememberedCookie();
        var owner = withCookie(stolen);
        assertThat(owner.get("/members").statusCode()).isEqualTo(200);
        var ownerSession = owner.cookie("JSESSIONID");
        assertThat(ownerSession).isNotNull();
        clock.advance(RememberedDevices.GRACE.plusSeconds(1));

        var thief = withCookie(stolen);
        var refused = thief.get("/members");

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(HttpsClient.location(refused)).isEqualTo("/login");
        assertThat(refused.headers().allValues("Set-Cookie"))
                .anySatisfy(set -> assertThat(set).startsWith("remember-me=;"));
        assertThat(thief.get("/login").statusCode()).isEqualTo(200);
        assertThat(sessions.devices("rita")).isEmpty();
        // The owner's session, signed in by the same cookie, ends too: which of the two is the owner is unknown.
        clock.advance(CheckedRecords.RECHECK);
        assertThat(owner.get("/members").statusCode()).isEqualTo(302);
        assertThat(events(SecurityEvent.Type.REMEMBERED_COOKIE_REUSED)).isEqualTo(1);
        assertThat(mails.arrived("rita@example.com", "You were signed out everywhere"))
                .isNotNull();
    }

    @Test
    void signing_out_forgets_this_device_only() throws Exception {
        var laptop = new HttpsClient(ports.httpsPort());
        laptop.signIn("rita", UserFixtures.PASSWORD, "remember-me", "on");
        var phoneCookie = rememberedCookie();

        var signedOut = laptop.postForm("/logout", Map.of("_csrf", laptop.csrfToken("/")));

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(sessions.devices("rita")).hasSize(1);
        assertThat(withCookie(phoneCookie).get("/members").statusCode()).isEqualTo(200);
    }

    @Test
    void a_cookie_of_a_forgotten_device_is_cancelled_and_signs_no_one_in() throws Exception {
        var cookie = rememberedCookie();
        sessions.devices("rita").forEach(device -> sessions.forgetDevice("rita", device.series()));

        var visit = withCookie(cookie).get("/members");

        assertThat(visit.statusCode()).isEqualTo(302);
        assertThat(HttpsClient.location(visit)).isEqualTo("/login");
        assertThat(events(SecurityEvent.Type.REMEMBERED_COOKIE_REUSED)).isZero();
    }

    @Test
    void a_garbled_cookie_is_refused_quietly() throws Exception {
        for (var garbled : List.of("not-base64!!", "b25seW9uZXBhcnQ", "")) {
            var visit = withCookie(garbled).get("/members");

            assertThat(visit.statusCode()).as(garbled).isEqualTo(302);
        }
    }

    /** Signs in with "keep me signed in" in a browser of its own and returns the cookie it was given. */
    private String rememberedCookie() throws Exception {
        var browser = new HttpsClient(ports.httpsPort());
        var signedIn = browser.signIn("rita", UserFixtures.PASSWORD, "remember-me", "on");
        assertThat(HttpsClient.location(signedIn)).isEqualTo("/");
        return browser.cookie("remember-me").getValue();
    }

    /** A new browser (no session) that has only the remember-me cookie. */
    private HttpsClient withCookie(String value) throws Exception {
        var browser = new HttpsClient(ports.httpsPort());
        browser.addCookie("remember-me", value);
        return browser;
    }

    private static String newCookieIn(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(set -> set.startsWith("remember-me=") && !set.startsWith("remember-me=;"))
                .map(set -> set.substring("remember-me=".length(), set.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No new remember-me cookie in " + response.headers()));
    }

    private long events(SecurityEvent.Type type) {
        return mongo.count(Query.query(Criteria.where("type").is(type)), SecurityEvent.class);
    }
}
