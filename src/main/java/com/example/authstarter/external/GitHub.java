package com.example.authstarter.external;

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
 * address only when its owner made it public. The identity is GitHub's numeric id (a login name can be given
 * up and taken by someone else), and the address is the primary one GitHub verified, read from {@code
 * /user/emails} with the {@value #EMAIL_SCOPE} scope.
 */
final class GitHub {

    static final String EMAIL_SCOPE = "user:email";
    static final String ISSUER = "https://github.com";
    private static final String USER_INFO = "https://api.github.com/user";

    private GitHub() {}

    static boolean isGitHub(ClientRegistration registration) {
        return USER_INFO.equals(
                registration.getProviderDetails().getUserInfoEndpoint().getUri());
    }

    /** The person GitHub signed in, with their primary verified address (none when they have no such address). */
    static ExternalProfile profile(OAuth2UserRequest request, OAuth2User user, RestClient http) {
        var emailsUri = USER_INFO + "/emails";
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
                request.getClientRegistration().getRegistrationId(),
                ISSUER,
                String.valueOf(user.getAttributes().get("id")),
                primary,
                primary != null,
                (String) user.getAttributes().get("login"),
                List.of(),
                user.getAttributes());
    }
}
