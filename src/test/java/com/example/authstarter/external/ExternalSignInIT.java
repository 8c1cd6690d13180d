package com.example.authstarter.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.testing.TwoStepFixtures;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import com.example.authstarter.user.OwnAccount;
import com.example.authstarter.user.Registration;
import com.example.authstarter.user.SignUpService;
import com.nimbusds.jose.JOSEObjectType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in with other providers over real HTTPS, against a real OpenID Connect provider started here
 * (mock-oauth2-server: discovery, keys, signed ID tokens, codes used once, PKCE). Three providers are configured:
 * {@code corp}, trusted to link by a verified address and to vouch for a second factor; {@code social}, trusted
 * for nothing; {@code stuck}, whose token endpoint accepts connections and never answers; and {@code gone}, whose
 * issuer cannot be reached at all.
 */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class ExternalSignInIT {

    static final MockOAuth2Server provider = new MockOAuth2Server();
    static final ServerSocket silent;
    static final List<Socket> held = new ArrayList<>();

    static {
        provider.start();
        try {
            silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // Accepts every connection and never answers: a provider that hangs.
        Thread.ofVirtual().start(() -> {
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry settings) {
        var registrations = "spring.security.oauth2.client.registration.";
        var providers = "spring.security.oauth2.client.provider.";
        for (var id : List.of("corp", "social", "stuck", "gone")) {
            settings.add(registrations + id + ".client-id", () -> "starter-" + id);
            settings.add(registrations + id + ".client-secret", () -> "secret-" + id);
            settings.add(registrations + id + ".scope", () -> "openid,profile,email");
        }
        settings.add(registrations + "corp.client-name", () -> "Corp SSO");
        settings.add(
                providers + "corp.issuer-uri", () -> provider.issuerUrl("corp").toString());
        settings.add(
                providers + "social.issuer-uri",
                () -> provider.issuerUrl("social").toString());
        settings.add(
                providers + "stuck.issuer-uri",
                () -> provider.issuerUrl("stuck").toString());
        settings.add(providers + "stuck.token-uri", () -> "http://127.0.0.1:" + silent.getLocalPort() + "/token");
        settings.add(providers + "gone.issuer-uri", () -> "http://127.0.0.1:" + closedPort() + "/gone");
        settings.add("app.external-sign-in.trusted-providers", () -> "corp");
        settings.add("app.external-sign-in.trusted-for-two-step", () -> "corp");
        settings.add("app.external-sign-in.admin-role.provider", () -> "corp");
        settings.add("app.external-sign-in.admin-role.value", () -> "starter-admins");
        settings.add("app.external-sign-in.read-timeout", () -> "2s");
        settings.add("app.external-sign-in.required.provider", () -> "corp");
        settings.add("app.external-sign-in.required.domains", () -> "corp.example");
    }

    @AfterAll
    static void stop() throws IOException {
        provider.shutdown();
        silent.close();
        for (var socket : held) {
            socket.close();
        }
    }

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    TwoStepFixtures twoStep;

    @Autowired
    ExternalProviders providers;

    @Autowired
    Mails mails;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AdjustableClock clock;

    HttpsClient browser;

    @BeforeEach
    void setUp() throws Exception {
        browser = new HttpsClient(ports.httpsPort());
        awaitReady("corp");
        awaitReady("social");
        awaitReady("stuck");
    }

    @Test
    void a_new_person_gets_an_account_at_once_and_returns_to_the_page_first_asked_for() throws Exception {
        assertThat(HttpsClient.location(browser.get("/members"))).isEqualTo("/login");
        next(
                "corp",
                "ann-sub",
                Map.of("email", "ann@example.com", "email_verified", true, "preferred_username", "Ann"));

        var back = signInWith("corp");

        assertThat(HttpsClient.location(back)).isEqualTo("/members");
        assertThat(browser.get("/members").statusCode()).isEqualTo(200);
        assertThat(testUsers.exists("Ann")).isTrue();
        assertThat(testUsers.email("Ann")).isEqualTo("ann@example.com");
        assertThat(testUsers.isEmailVerified("Ann"))
                .as("the provider verified it")
                .isTrue();
        assertThat(identities()).singleElement().satisfies(identity -> {
            assertThat(identity.issuer()).isEqualTo(provider.issuerUrl("corp").toString());
            assertThat(identity.subject()).isEqualTo("ann-sub");
            assertThat(identity.usernameKey()).isEqualTo("ann");
        });
        assertThat(auditTypes()).contains(SecurityEvent.Type.REGISTRATION, SecurityEvent.Type.EXTERNAL_LOGIN);
    }

    @Test
    void the_same_identity_signs_in_to_the_same_account_even_with_another_address() throws Exception {
        next("corp", "bo-sub", Map.of("email", "bo@example.com", "email_verified", true, "preferred_username", "bo"));
        signInWith("corp");
        var again = new HttpsClient(ports.httpsPort());
        next("corp", "bo-sub", Map.of("email", "bo.new@example.com", "email_verified", true));

        var back = signInWith(again, "corp");

        assertThat(HttpsClient.location(back)).isEqualTo("/");
        assertThat(testUsers.count())
                .as("keyed by issuer and subject, not by address")
                .isEqualTo(1);
        assertThat(identities())
                .singleElement()
                .extracting(ExternalIdentity::email)
                .isEqualTo("bo.new@example.com");
    }

    @Test
    void a_taken_username_gets_a_free_variant_and_an_unverified_address_stays_unverified() throws Exception {
        testUsers.create("cleo");
        next("social", "cleo-sub", Map.of("email", "cleo.other@example.com", "preferred_username", "cleo"));

        signInWith("social");

        assertThat(testUsers.exists("cleo2")).isTrue();
        assertThat(testUsers.isEmailVerified("cleo2"))
                .as("the provider did not say it verified it")
                .isFalse();
    }

    @Test
    void an_address_an_account_has_is_never_linked_by_an_untrusted_provider_until_the_person_signs_in_to_it()
            throws Exception {
        testUsers.create("dora");
        testUsers.verifyEmail("dora");
        next("social", "mallory", Map.of("email", "dora@example.com", "email_verified", true));

        var refused = signInWith("social");

        assertThat(HttpsClient.location(refused)).isEqualTo("/login?external-exists");
        assertThat(browser.get("/login?external-exists").statusCode()).isEqualTo(200);
        assertThat(testUsers.count()).as("no second account with the address").isEqualTo(1);
        assertThat(identities()).as("nothing linked yet").isEmpty();
        assertThat(browser.get("/members").statusCode()).isEqualTo(302);

        // Proving the account in the same browser links it.
        assertThat(browser.signIn("dora", UserFixtures.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(identities())
                .singleElement()
                .extracting(ExternalIdentity::usernameKey)
                .isEqualTo("dora");
        assertThat(mails.arrived("dora@example.com", "An account at another provider was connected")
                        .link())
                .endsWith("/account/connected");
        assertThat(auditTypes())
                .contains(SecurityEvent.Type.EXTERNAL_LOGIN_FAILURE, SecurityEvent.Type.EXTERNAL_LINKED);
    }

    @Test
    void a_trusted_provider_links_by_address_only_when_both_addresses_are_verified() throws Exception {
        testUsers.create("emil");
        next("corp", "emil-unverified", Map.of("email", "emil@example.com", "email_verified", true));
        assertThat(HttpsClient.location(signInWith("corp")))
                .as("the account's own address is not verified")
                .isEqualTo("/login?external-exists");

        testUsers.verifyEmail("emil");
        next("corp", "emil-sub", Map.of("email", "emil@example.com", "email_verified", false));
        assertThat(HttpsClient.location(signInWith(new HttpsClient(ports.httpsPort()), "corp")))
                .as("the provider did not verify it")
                .isEqualTo("/login?external-exists");
        assertThat(identities()).isEmpty();

        var trusted = new HttpsClient(ports.httpsPort());
        next("corp", "emil-sub", Map.of("email", "emil@example.com", "email_verified", true));
        assertThat(HttpsClient.location(signInWith(trusted, "corp"))).isEqualTo("/");
        assertThat(trusted.get("/members").statusCode()).isEqualTo(200);
        assertThat(identities())
                .singleElement()
                .extracting(ExternalIdentity::usernameKey)
                .isEqualTo("emil");
    }

    @Test
    void an_identity_linked_to_one_account_never_signs_in_to_another_and_a_second_provider_makes_no_duplicate()
            throws Exception {
        next(
                "corp",
                "fay-sub",
                Map.of("email", "fay@example.com", "email_verified", true, "preferred_username", "fay"));
        signInWith("corp");
        next("social", "fay-elsewhere", Map.of("email", "FAY@example.com", "email_verified", true));

        var second = signInWith(new HttpsClient(ports.httpsPort()), "social");

        assertThat(HttpsClient.location(second)).isEqualTo("/login?external-exists");
        assertThat(testUsers.count()).isEqualTo(1);
        assertThat(identities()).hasSize(1);
    }

    @Test
    void a_provider_that_gives_no_address_makes_no_account() throws Exception {
        next("social", "no-mail", Map.of("preferred_username", "nomail"));

        assertThat(HttpsClient.location(signInWith("social"))).isEqualTo("/login?external-no-email");
        assertThat(testUsers.count()).isZero();
        assertThat(browser.get("/login?external-no-email").statusCode()).isEqualTo(200);
    }

    @Test
    void cancelling_at_the_provider_a_tampered_state_and_a_forged_code_end_on_the_sign_in_page() throws Exception {
        var toProvider = HttpsClient.location(browser.get("/oauth2/authorization/social"));
        var state = parameter(toProvider, "state");

        var cancelled = browser.get("/login/oauth2/code/social?error=access_denied&state=" + encode(state));
        assertThat(HttpsClient.location(cancelled)).isEqualTo("/login?external-cancelled");

        browser.get("/oauth2/authorization/social");
        var tampered = browser.get("/login/oauth2/code/social?code=anything&state=not-the-state");
        assertThat(HttpsClient.location(tampered)).isEqualTo("/login?external-expired");

        var again = HttpsClient.location(browser.get("/oauth2/authorization/social"));
        var forged = browser.get("/login/oauth2/code/social?code=forged&state=" + encode(parameter(again, "state")));
        assertThat(HttpsClient.location(forged)).isEqualTo("/login?external-expired");
        assertThat(testUsers.count()).isZero();
        assertThat(auditTypes()).contains(SecurityEvent.Type.EXTERNAL_LOGIN_FAILURE);
    }

    @Test
    void a_code_works_once() throws Exception {
        next("social", "gil-sub", Map.of("email", "gil@example.com", "email_verified", true));
        var authorize = HttpsClient.location(browser.get("/oauth2/authorization/social"));
        var callback = ProviderRoundTrip.pathOf(HttpsClient.location(browser.get(authorize)));
        assertThat(browser.get(callback).statusCode()).isEqualTo(302);

        var replay = new HttpsClient(ports.httpsPort());
        var state = parameter(HttpsClient.location(replay.get("/oauth2/authorization/social")), "state");
        var replayed = replay.get("/login/oauth2/code/social?code=" + parameter(callback, "code") + "&state=" + state);

        assertThat(HttpsClient.location(replayed)).isEqualTo("/login?external-expired");
    }

    @Test
    void an_id_token_for_another_audience_is_refused() throws Exception {
        // The provider's claims go in after its defaults: an ID token meant for another app.
        next("social", "hal-sub", Map.of("email", "hal@example.com", "email_verified", true, "aud", "some-other-app"));

        assertThat(HttpsClient.location(signInWith("social"))).isEqualTo("/login?external-refused");
        assertThat(testUsers.count()).isZero();
    }

    @Test
    void a_provider_that_hangs_or_cannot_be_reached_ends_on_the_sign_in_page_in_time() throws Exception {
        var started = System.nanoTime();
        assertThat(HttpsClient.location(signInWith("stuck"))).isEqualTo("/login?external-unavailable");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));

        var gone = browser.get("/oauth2/authorization/gone");
        assertThat(HttpsClient.location(gone)).isEqualTo("/login?external-unavailable");
        assertThat(browser.get("/login?external-unavailable").statusCode()).isEqualTo(200);
    }

    @Test
    void a_provider_that_is_not_configured_is_not_found() throws Exception {
        assertThat(browser.get("/oauth2/authorization/nobody").statusCode()).isEqualTo(404);
        assertThat(HttpsClient.location(browser.get("/login/oauth2/code/nobody?code=x&state=y")))
                .isEqualTo("/login?external-expired");
    }

    @Test
    void two_step_sign_in_still_asks_for_the_code_unless_a_trusted_provider_says_a_second_factor_was_used()
            throws Exception {
        next(
                "social",
                "ida-sub",
                Map.of("email", "ida@example.com", "email_verified", true, "preferred_username", "ida"));
        signInWith("social");
        twoStep.turnOn("ida");
        clock.advance(Duration.ofSeconds(60));

        var untrusted = new HttpsClient(ports.httpsPort());
        next("social", "ida-sub", Map.of("email", "ida@example.com", "amr", List.of("pwd", "mfa")));
        assertThat(HttpsClient.location(signInWith(untrusted, "social"))).isEqualTo("/login/code");
        assertThat(untrusted.get("/members").statusCode())
                .as("not signed in before the code")
                .isEqualTo(302);

        // corp is trusted to link by a verified address, and both are verified: linked, and still the code.
        var corp = new HttpsClient(ports.httpsPort());
        next("corp", "ida-corp", Map.of("email", "ida@example.com", "email_verified", true));
        assertThat(HttpsClient.location(signInWith(corp, "corp"))).isEqualTo("/login/code");
        assertThat(identities()).hasSize(2);

        // corp is trusted to vouch for a second factor too: its amr says one was used.
        var withMfa = new HttpsClient(ports.httpsPort());
        next("corp", "ida-corp", Map.of("email", "ida@example.com", "amr", List.of("pwd", "otp")));
        assertThat(HttpsClient.location(signInWith(withMfa, "corp"))).isEqualTo("/");
        assertThat(withMfa.get("/members").statusCode()).isEqualTo(200);

        var withoutMfa = new HttpsClient(ports.httpsPort());
        next("corp", "ida-corp", Map.of("email", "ida@example.com", "amr", List.of("pwd")));
        assertThat(HttpsClient.location(signInWith(withoutMfa, "corp"))).isEqualTo("/login/code");
    }

    @Test
    void a_name_too_short_for_the_rules_becomes_one_that_meets_them() throws Exception {
        next(
                "social",
                "jo-short",
                Map.of("email", "x@example.com", "email_verified", true, "preferred_username", "jo"));

        signInWith("social");

        assertThat(testUsers.exists("member")).isTrue();
    }

    @Test
    void a_locked_account_stays_locked_and_an_account_without_password_refuses_every_password() throws Exception {
        next(
                "social",
                "jo-sub",
                Map.of("email", "josie@example.com", "email_verified", true, "preferred_username", "josie"));
        signInWith("social");
        assertThat(HttpsClient.location(new HttpsClient(ports.httpsPort()).signIn("josie", "")))
                .isEqualTo("/login?error");
        assertThat(HttpsClient.location(new HttpsClient(ports.httpsPort()).signIn("josie", "null")))
                .isEqualTo("/login?error");

        testUsers.lock("josie");
        next("social", "jo-sub", Map.of("email", "josie@example.com", "email_verified", true));
        assertThat(HttpsClient.location(signInWith(new HttpsClient(ports.httpsPort()), "social")))
                .isEqualTo("/login?error");
    }

    @Test
    void the_administrator_role_follows_the_trusted_providers_claim_at_each_sign_in() throws Exception {
        next(
                "corp",
                "kim-sub",
                Map.of(
                        "email",
                        "kim@example.com",
                        "email_verified",
                        true,
                        "preferred_username",
                        "kim",
                        "groups",
                        List.of("staff", "starter-admins")));
        signInWith("corp");
        assertThat(browser.get("/admin").statusCode()).isEqualTo(200);

        var later = new HttpsClient(ports.httpsPort());
        next("corp", "kim-sub", Map.of("email", "kim@example.com", "groups", List.of("staff")));
        signInWith(later, "corp");
        assertThat(later.get("/admin").statusCode()).isEqualTo(403);
        assertThat(auditTypes()).contains(SecurityEvent.Type.ROLES_CHANGED);
    }

    @Test
    void an_organization_that_requires_its_provider_turns_off_passwords_sign_up_and_other_providers_for_its_addresses()
            throws Exception {
        testUsers.insertUnchecked("maja", "maja@corp.example");
        testUsers.verifyEmail("maja");

        assertThat(HttpsClient.location(browser.signIn("maja", UserFixtures.PASSWORD)))
                .as("the right password: told which way to use")
                .isEqualTo("/login?passwords-off");
        assertThat(HttpsClient.location(new HttpsClient(ports.httpsPort()).signIn("maja", "a wrong password")))
                .as("a wrong one: refused as ever, telling nothing")
                .isEqualTo("/login?error");
        assertThat(browser.get("/members").statusCode()).isEqualTo(302);
        assertThatThrownBy(() -> signUp.register(
                        new Registration("nils", "nils@CORP.example", UserFixtures.PASSWORD, UserFixtures.PASSWORD),
                        Locale.ENGLISH))
                .isInstanceOf(RefusedInputException.class)
                .extracting(
                        refused -> ((RefusedInputException) refused).problem().key())
                .isEqualTo("rule.email.required-provider");

        next("social", "nils-social", Map.of("email", "nils@corp.example", "email_verified", true));
        assertThat(HttpsClient.location(signInWith(new HttpsClient(ports.httpsPort()), "social")))
                .isEqualTo("/login?external-wrong-provider");
        assertThat(testUsers.exists("nils")).isFalse();

        var corp = new HttpsClient(ports.httpsPort());
        next(
                "corp",
                "nils-corp",
                Map.of("email", "nils@corp.example", "email_verified", true, "preferred_username", "nils"));
        assertThat(HttpsClient.location(signInWith(corp, "corp"))).isEqualTo("/");
        assertThat(testUsers.exists("nils")).isTrue();
    }

    @Test
    void deleting_the_account_forgets_its_identities() throws Exception {
        next(
                "corp",
                "lu-sub",
                Map.of("email", "lucia@example.com", "email_verified", true, "preferred_username", "lucia"));
        signInWith("corp");
        assertThat(identities()).hasSize(1);

        // As "Delete account" does once it is confirmed; the account has no password hash to check.
        assertThat(ownAccount.delete("lucia", null)).isTrue();

        assertThat(identities()).isEmpty();
    }

    @Autowired
    OwnAccount ownAccount;

    @Autowired
    SignUpService signUp;

    private HttpResponse<String> signInWith(String providerId) throws Exception {
        return signInWith(browser, providerId);
    }

    /** To the provider, which answers at once (no login page), and back with its code; OpenID Connect's nonce. */
    private static HttpResponse<String> signInWith(HttpsClient browser, String providerId) throws Exception {
        return ProviderRoundTrip.signInWith(browser, providerId, "nonce=");
    }

    private static void next(String issuerId, String subject, Map<String, Object> claims) {
        provider.enqueueCallback(
                new DefaultOAuth2TokenCallback(issuerId, subject, JOSEObjectType.JWT.getType(), null, claims, 3600));
    }

    private List<ExternalIdentity> identities() {
        return mongo.findAll(ExternalIdentity.class);
    }

    private List<SecurityEvent.Type> auditTypes() {
        return mongo.findAll(SecurityEvent.class).stream()
                .map(SecurityEvent::type)
                .toList();
    }

    private void awaitReady(String id) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                providers.findByRegistrationId(id);
                return;
            } catch (org.springframework.security.oauth2.core.OAuth2AuthenticationException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError(id + " never became ready");
    }

    private static String parameter(String url, String name) {
        for (var pair : url.substring(url.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(name + " not in " + url);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int closedPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
