package com.example.authstarter.external;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * Every call this app makes to a provider (its token, user-info, key and GitHub's address endpoints) with the
 * timeouts of {@link ExternalSignInSettings}: Spring Security's defaults wait without end for a token. A
 * provider that is slow or down ends as a failed sign-in on the sign-in page, never as a request that hangs.
 * The ID token's decoder, with the provider's keys, is made once per provider rather than at every sign-in.
 */
@Component
class ExternalHttp implements JwtDecoderFactory<ClientRegistration> {

    private final RestTemplate rest;
    private final RestClient client;
    private final RestClientAuthorizationCodeTokenResponseClient tokens;
    private final Map<String, JwtDecoder> idTokenDecoders = new ConcurrentHashMap<>();

    ExternalHttp(ExternalSignInSettings settings) {
        var http = new SimpleClientHttpRequestFactory();
        http.setConnectTimeout(settings.connectTimeout());
        http.setReadTimeout(settings.readTimeout());
        this.rest = new RestTemplate(http);
        rest.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
        this.client = RestClient.builder().requestFactory(http).build();
        this.tokens = new RestClientAuthorizationCodeTokenResponseClient();
        tokens.setRestClient(RestClient.builder()
                .requestFactory(http)
                .messageConverters(converters -> {
                    converters.clear();
                    converters.add(new FormHttpMessageConverter());
                    converters.add(new StringHttpMessageConverter());
                    converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
    }

    /** For the user-info endpoint (Spring Security's user services take one with OAuth2's error handling). */
    RestTemplate userInfo() {
        return rest;
    }

    /** For other calls of ours, such as GitHub's addresses. */
    RestClient client() {
        return client;
    }

    /**
     * The token endpoint's client. Spring Security turns only an HTTP client's failures into a failed sign-in; any
     * other (an answer it cannot read, a setting it does not support) would leave as a server error, so it is made
     * a failed sign-in too.
     */
    OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> tokens() {
        return grant -> {
            try {
                return tokens.getTokenResponse(grant);
            } catch (OAuth2AuthorizationException refused) {
                throw refused;
            } catch (RuntimeException unreadable) {
                throw new OAuth2AuthorizationException(
                        new OAuth2Error("invalid_token_response", unreadable.getMessage(), null), unreadable);
            }
        };
    }

    /** The decoder of a provider's ID tokens: its keys, its issuer, this app as audience, as Spring's own checks. */
    @Override
    public JwtDecoder createDecoder(ClientRegistration registration) {
        return idTokenDecoders.computeIfAbsent(registration.getRegistrationId(), id -> {
            var decoder = NimbusJwtDecoder.withJwkSetUri(
                            registration.getProviderDetails().getJwkSetUri())
                    .restOperations(rest)
                    .build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(new OidcIdTokenValidator(registration)));
            decoder.setClaimSetConverter(OidcIdTokenDecoderFactory.createDefaultClaimTypeConverter());
            return decoder;
        });
    }
}
