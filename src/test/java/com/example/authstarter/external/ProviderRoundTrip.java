package com.example.authstarter.external;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.HttpsClient;
import java.net.URI;
import java.net.http.HttpResponse;

/** A browser's trip to a provider that answers at once (no page of its own) and back with a code. */
final class ProviderRoundTrip {

    private ProviderRoundTrip() {}

    /**
     * From {@code /oauth2/authorization/<id>} to the provider and back to the app's callback, whose answer is
     * returned; the authorization request must carry PKCE and every parameter in {@code alsoCarries}.
     */
    static HttpResponse<String> signInWith(HttpsClient browser, String providerId, String... alsoCarries)
            throws Exception {
        var toProvider = browser.get("/oauth2/authorization/" + providerId);
        assertThat(toProvider.statusCode()).isEqualTo(302);
        var authorize = HttpsClient.location(toProvider);
        assertThat(authorize).contains("code_challenge=");
        for (var parameter : alsoCarries) {
            assertThat(authorize).contains(parameter);
        }
        var back = browser.get(authorize);
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        return browser.get(pathOf(HttpsClient.location(back)));
    }

    /** The callback is on the app's public address (auth.example.test in tests): followed on the test server. */
    static String pathOf(String callback) {
        var uri = URI.create(callback);
        assertThat(uri.getHost()).isEqualTo("auth.example.test");
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
