package com.example.authstarter.external;

import com.example.authstarter.base.PublicUrl;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;

/**
 * "Sign out" that also ends the session at the provider the person signed in with, for the providers that are
 * set to ({@link ExternalSignInSettings#signOutAtProvider()}) and name an {@code end_session_endpoint}: the
 * browser goes there with the ID token as a hint and comes back to the app's start page. Every other sign-out is
 * ours alone, back to the start page as without this feature. Sign-out happens in a Vaadin round trip, whose
 * redirect is the UI's ({@link UidlRedirectStrategy}).
 */
final class ProviderSignOut extends OidcClientInitiatedLogoutSuccessHandler {

    private final Set<String> providers;
    private final PublicUrl publicUrl;

    ProviderSignOut(ExternalProviders registrations, Set<String> providers, PublicUrl publicUrl) {
        super(registrations);
        this.providers = providers;
        this.publicUrl = publicUrl;
        setRedirectStrategy(new UidlRedirectStrategy());
        setDefaultTargetUrl("/");
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication signedOut)
            throws IOException, ServletException {
        if (response == null) {
            // A sign-out in a Vaadin round trip has no response of its own to redirect.
            getRedirectStrategy().sendRedirect(request, null, determineTargetUrl(request, null, signedOut));
            return;
        }
        super.onLogoutSuccess(request, response, signedOut);
    }

    @Override
    protected String determineTargetUrl(
            HttpServletRequest request, HttpServletResponse response, Authentication signedOut) {
        if (signedOut instanceof OAuth2AuthenticationToken external
                && providers.contains(external.getAuthorizedClientRegistrationId())) {
            // The app's public address, never the request's Host header.
            setPostLogoutRedirectUri(publicUrl.of("/"));
            return super.determineTargetUrl(request, response, signedOut);
        }
        return getDefaultTargetUrl();
    }
}
