package com.example.authstarter.external;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.client.RestClient;

/**
 * GitHub signs in over plain OAuth2, not OpenID Connect: no ID token, no issuer, and {@code /user} gives an
 * address only when its owner made it public. The identity is GitHub's numeric id at the site people sign in at (a login name can be
 * given up and taken by someone else), and the address is the primary one GitHub verified, read from {@code
 * /user/emails} with the {@value #EMAIL_SCOPE} scope.
 */
final class GitHub {

    static final String EMAIL_SCOPE = "user:email";
    /** Spring Boot's name of the preset, as in {@code spring.security.oauth2.client.registration.github.*}. */
    static final String PROVIDER = "github";

    private GitHub() {}

    /** The person GitHub signed in, with their primary verified address (none when they have no such address). */
    static ExternalProfile profile(OAuth2UserRequest request, OAuth2User user, RestClient http) {
        var registration = request.getClientRegistration();
        // Next to /user, wherever that is (api.github.com, or a GitHub Enterprise server's API).
        var emailsUri = registration.getProviderDetails().getUserInfoEndpoint().getUri() + "/emails";
        List<Map<String, Object>> emails = http.get()
                .uri(emailsUri)
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer " + request.getAccessToken().getTokenValue())
                .header(HttpHeaders.ACCEPT, "application/vnd.github+json")
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        var primary = emails == null
                ? null
                : emails.stream()
                        .filter(email ->
                                Boolean.TRUE.equals(email.get("primary")) && Boolean.TRUE.equals(email.get("verified")))
                        .map(email -> String.valueOf(email.get("email")))
                        .findFirst()
                        .orElse(null);
        return new ExternalProfile(
                registration.getRegistrationId(),
                issuerOf(registration),
                String.valueOf(user.getAttributes().get("id")),
                primary,
                primary != null,
                (String) user.getAttributes().get("login"),
                List.of(),
                user.getAttributes());
    }

    /** GitHub has no issuer: the identity is known by the site people sign in at ({@code https://github.com}). */
    private static String issuerOf(ClientRegistration registration) {
        var authorization = URI.create(registration.getProviderDetails().getAuthorizationUri());
        return authorization.getScheme() + "://" + authorization.getRawAuthority();
    }
}
