package com.example.authstarter.external;

import com.example.authstarter.base.PublicUrl;
import com.example.authstarter.base.ui.SignInPage;
import com.example.authstarter.signin.SecurityChainPart;
import com.example.authstarter.signin.SignInResponses;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Other providers' part of the chain: Spring Security's OAuth2 login with our own sign-in page as its page
 * ({@code /oauth2/authorization/<id>} to go to the provider, {@code /login/oauth2/code/<id>} to come back).
 * Decided when the app starts, from the settings it is given then: with no provider, nothing is added and the
 * chain is as without this feature.
 *
 * <p>Every request for an authorization carries PKCE. The provider's tokens are not kept: the app signs people in
 * and calls no provider on their behalf afterwards. A first step proved at the provider still leads to the
 * account's two-step code; then, as after any sign-in, back to exactly the page first asked for.
 */
@Component
@Order(65)
class ExternalChainPart implements SecurityChainPart {

    private final ExternalProviders providers;
    private final ExternalUserServices users;
    private final ExternalHttp http;
    private final ExternalFailures failures;
    private final SignInResponses responses;
    private final ExternalSignInSettings settings;
    private final PublicUrl publicUrl;

    ExternalChainPart(
            ExternalProviders providers,
            ExternalUserServices users,
            ExternalHttp http,
            ExternalFailures failures,
            SignInResponses responses,
            ExternalSignInSettings settings,
            PublicUrl publicUrl) {
        this.providers = providers;
        this.users = users;
        this.http = http;
        this.failures = failures;
        this.responses = responses;
        this.settings = settings;
        this.publicUrl = publicUrl;
    }

    @Override
    public void configure(HttpSecurity chain) throws Exception {
        if (providers.isEmpty()) {
            return;
        }
        if (!settings.signOutAtProvider().isEmpty()) {
            // Vaadin's configurer, applied after the parts, takes this sign-out handler instead of its own.
            chain.setSharedObject(
                    LogoutSuccessHandler.class,
                    new ProviderSignOut(providers, settings.signOutAtProvider(), publicUrl));
        }
        var requests = new DefaultOAuth2AuthorizationRequestResolver(
                providers, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        chain.oauth2Login(login -> login.loginPage(SignInPage.PATH)
                .clientRegistrationRepository(providers)
                .authorizedClientRepository(new NothingKept())
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                .tokenEndpoint(endpoint -> endpoint.accessTokenResponseClient(http.tokens()))
                .userInfoEndpoint(
                        endpoint -> endpoint.oidcUserService(users.oidc()).userService(users.oauth2()))
                .successHandler(success())
                .failureHandler(responses.toSecondStep(false, failures))
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(ExternalChainPart.this::authorizationFailed);
                        return filter;
                    }
                }));
    }

    /**
     * Back to the page first asked for; a signed-in person who connected a provider or confirmed it is them goes
     * back to the page they came from.
     */
    private AuthenticationSuccessHandler success() {
        return (request, response, authentication) -> {
            if (request.getAttribute(ExternalIntent.ATTRIBUTE) instanceof ExternalIntent intent) {
                if (intent.kind() == ExternalIntent.Kind.CONNECT) {
                    ProviderTrips.Notice.connected().keepIn(request.getSession());
                }
                response.sendRedirect(request.getContextPath() + intent.returnTo());
                return;
            }
            responses.success().onAuthenticationSuccess(request, response, authentication);
        };
    }

    /**
     * Going to a provider failed before leaving the app: a provider not configured is a page that does not exist;
     * one whose metadata could not be read yet ends on the sign-in page, which says it cannot be reached. (Spring
     * Security would answer both with a server error.)
     */
    private void authorizationFailed(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failed)
            throws IOException, ServletException {
        if (failed.getCause() instanceof OAuth2AuthenticationException unavailable) {
            failures.onAuthenticationFailure(request, response, unavailable);
            return;
        }
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    /**
     * The provider's tokens are not kept, neither in the session nor in memory: nothing calls the provider after
     * the sign-in, and a token kept is one that can leak.
     */
    private static final class NothingKept implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String registrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient client,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {
            // Deliberately nothing: see the class comment.
        }

        @Override
        public void removeAuthorizedClient(
                String registrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {
            // Nothing was kept.
        }
    }
}
