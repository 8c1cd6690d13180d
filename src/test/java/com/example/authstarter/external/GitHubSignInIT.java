package com.example.authstarter.external;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * GitHub's preset (plain OAuth2, no ID token) over real HTTPS, against a stand-in for github.com and its API
 * started here, answering as GitHub documents it: the account is GitHub's numeric id, the address its primary
 * verified one from {@code /user/emails}, which the app asks for with the {@code user:email} scope.
 */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class GitHubSignInIT {

    static final HttpServer gitHub;
    /** What {@code /user} and {@code /user/emails} answer next, and the scope the app last asked for. */
    static final AtomicReference<String> user = new AtomicReference<>();

    static final AtomicReference<String> emails = new AtomicReference<>();
    static final AtomicReference<String> scopeAskedFor = new AtomicReference<>();

    static {
        try {
            gitHub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        gitHub.createContext("/login/oauth/authorize", exchange -> {
            var query = query(exchange);
            scopeAskedFor.set(query.get("scope"));
            exchange.getResponseHeaders()
                    .add(
                            "Location",
                            query.get("redirect_uri") + "?code=github-code&state=" + encode(query.get("state")));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        gitHub.createContext(
                "/login/oauth/access_token",
                exchange -> json(
                        exchange,
                        "{\"access_token\":\"gho_test\",\"token_type\":\"bearer\",\"scope\":\"read:user,user:email\"}"));
        gitHub.createContext("/api/user/emails", exchange -> json(exchange, emails.get()));
        gitHub.createContext("/api/user", exchange -> json(exchange, user.get()));
        gitHub.start();
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry settings) {
        var base = "http://127.0.0.1:" + gitHub.getAddress().getPort();
        settings.add("spring.security.oauth2.client.registration.github.client-id", () -> "starter");
        settings.add("spring.security.oauth2.client.registration.github.client-secret", () -> "secret");
        settings.add(
                "spring.security.oauth2.client.provider.github.authorization-uri",
                () -> base + "/login/oauth/authorize");
        settings.add(
                "spring.security.oauth2.client.provider.github.token-uri", () -> base + "/login/oauth/access_token");
        settings.add("spring.security.oauth2.client.provider.github.user-info-uri", () -> base + "/api/user");
    }

    @AfterAll
    static void stop() {
        gitHub.stop(0);
    }

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    MongoTemplate mongo;

    HttpsClient browser;

    @BeforeEach
    void setUp() throws Exception {
        browser = new HttpsClient(ports.httpsPort());
    }

    @Test
    void github_signs_in_by_its_numeric_id_with_the_primary_verified_address() throws Exception {
        user.set("{\"id\":4711,\"login\":\"octo-cat\",\"email\":null}");
        emails.set("[{\"email\":\"old@example.com\",\"primary\":false,\"verified\":true},"
                + "{\"email\":\"octo@example.com\",\"primary\":true,\"verified\":true}]");

        var back = ProviderRoundTrip.signInWith(browser, "github");

        assertThat(HttpsClient.location(back)).isEqualTo("/");
        assertThat(scopeAskedFor.get()).contains("user:email");
        assertThat(testUsers.email("octo-cat")).isEqualTo("octo@example.com");
        assertThat(testUsers.isEmailVerified("octo-cat")).isTrue();
        assertThat(mongo.findAll(ExternalIdentity.class)).singleElement().satisfies(identity -> {
            assertThat(identity.issuer())
                    .isEqualTo("http://127.0.0.1:" + gitHub.getAddress().getPort());
            assertThat(identity.subject()).isEqualTo("4711");
        });

        // A new login name is the same GitHub account: its id did not change.
        user.set("{\"id\":4711,\"login\":\"octo-renamed\",\"email\":null}");
        var again = new HttpsClient(ports.httpsPort());
        assertThat(HttpsClient.location(ProviderRoundTrip.signInWith(again, "github")))
                .isEqualTo("/");
        assertThat(testUsers.count()).isEqualTo(1);
    }

    @Test
    void a_github_account_without_a_verified_primary_address_makes_no_account() throws Exception {
        user.set("{\"id\":815,\"login\":\"unverified\",\"email\":\"public@example.com\"}");
        emails.set("[{\"email\":\"public@example.com\",\"primary\":true,\"verified\":false}]");

        var back = ProviderRoundTrip.signInWith(browser, "github");

        assertThat(HttpsClient.location(back)).isEqualTo("/login?external-no-email");
        assertThat(testUsers.count()).isZero();
    }

    @Test
    void a_password_cannot_sign_in_to_an_account_github_made() throws Exception {
        user.set("{\"id\":99,\"login\":\"nopass\",\"email\":null}");
        emails.set("[{\"email\":\"nopass@example.com\",\"primary\":true,\"verified\":true}]");
        ProviderRoundTrip.signInWith(browser, "github");

        var guess = new HttpsClient(ports.httpsPort()).signIn("nopass", UserFixtures.PASSWORD);

        assertThat(HttpsClient.location(guess)).isEqualTo("/login?error");
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        return Arrays.stream(exchange.getRequestURI().getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> pair[0],
                        pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
