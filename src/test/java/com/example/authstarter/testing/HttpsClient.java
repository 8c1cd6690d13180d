package com.example.authstarter.testing;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * The browser-like HTTP client of every test: it trusts only the app's self-signed certificate, keeps
 * cookies, and does not follow redirects, so each step of a flow can be checked.
 */
public final class HttpsClient {

    public final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String base;

    /** A client of the test server started by {@code @SpringBootTest} on the given port. */
    public HttpsClient(int httpsPort) throws Exception {
        this(TrustedTls.trusting(TrustedTls.TEST_SERVER_TLS), "https://localhost:" + httpsPort);
    }

    HttpsClient(SSLContext tls, String base) {
        this.client = HttpClient.newBuilder()
                .sslContext(tls)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.base = base;
    }

    /** A page load as a browser makes it; {@code headers} are name-value pairs (Accept-Language, say). */
    public HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(absolute(path))).GET().header("Accept", "text/html,*/*;q=0.8");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
        var body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(absolute(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A post of JSON, as Vaadin's client sends its round trips. */
    public HttpResponse<String> postJson(String path, String json) throws Exception {
        return sendJson("POST", path, json, "Content-Type", "application/json; charset=UTF-8");
    }

    /** A request with a JSON body, as a page's script sends it; {@code headers} are name-value pairs. */
    public HttpResponse<String> sendJson(String method, String path, String json, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(absolute(path)))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** Loads the login page and returns the CSRF token Vaadin put in it for the form post. */
    public String csrfTokenFromLoginPage() throws Exception {
        return csrfToken("/login");
    }

    /** Loads a Vaadin page and returns the CSRF token in it. */
    public String csrfToken(String path) throws Exception {
        var page = get(path);
        return VaadinPages.csrfToken(page.body())
                .orElseThrow(() -> new AssertionError("No CSRF token in " + path + ":\n" + page.body()));
    }

    public HttpResponse<String> signIn(String username, String password, String... extraFields) throws Exception {
        var fields = new LinkedHashMap<String, String>();
        fields.put("username", username);
        fields.put("password", password);
        fields.put("_csrf", csrfTokenFromLoginPage());
        for (int i = 0; i + 1 < extraFields.length; i += 2) {
            fields.put(extraFields[i], extraFields[i + 1]);
        }
        return postForm("/login", fields);
    }

    /** Where a redirect points, as a path when it stays on this server, else as the full address. */
    public static String location(HttpResponse<?> response) {
        var location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("No redirect: " + response.statusCode()));
        var target = response.uri().resolve(location);
        var origin = response.uri().resolve("/");
        if (!target.resolve("/").equals(origin)) {
            return target.toString();
        }
        return target.getRawQuery() == null ? target.getRawPath() : target.getRawPath() + "?" + target.getRawQuery();
    }

    /** Adds a cookie as the server would have set it: for every path of this site. */
    public void addCookie(String name, String value) {
        var cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    public HttpCookie cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .findFirst()
                .orElse(null);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String absolute(String path) {
        return path.startsWith("http") ? path : base + path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
