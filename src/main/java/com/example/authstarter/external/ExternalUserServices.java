package com.example.authstarter.external;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/**
 * Spring Security's OAuth2 login hands the provider's answer to these: an OpenID Connect provider's (its ID
 * token, checked already, and its user info), or a plain OAuth2 provider's such as GitHub's. Each becomes an
 * {@link ExternalProfile}, and {@link ExternalSignIn} decides which account it signs in to.
 */
@Component
class ExternalUserServices {

    private static final Logger log = LoggerFactory.getLogger(ExternalUserServices.class);

    private final ExternalSignIn signIn;
    private final ExternalHttp http;
    private final ExternalProviders providers;
    private final DefaultOAuth2UserService oauth2Users = new DefaultOAuth2UserService();
    private final OidcUserService oidcUsers = new OidcUserService();

    ExternalUserServices(ExternalSignIn signIn, ExternalHttp http, ExternalProviders providers) {
        this.signIn = signIn;
        this.http = http;
        this.providers = providers;
        oauth2Users.setRestOperations(http.userInfo());
        oidcUsers.setOauth2UserService(oauth2Users);
    }

    OAuth2UserService<OidcUserRequest, OidcUser> oidc() {
        return request -> guarded(() -> {
            var signedIn = oidcUsers.loadUser(request);
            var account = signIn.signIn(profileOf(request, signedIn));
            return new ExternalOidcUser(account.username(), account.authorities(), signedIn);
        });
    }

    OAuth2UserService<OAuth2UserRequest, OAuth2User> oauth2() {
        return request -> guarded(() -> {
            var signedIn = oauth2Users.loadUser(request);
            var profile = providers.isGitHub(request.getClientRegistration().getRegistrationId())
                    ? GitHub.profile(request, signedIn, http.client())
                    : profileOf(request, signedIn);
            var account = signIn.signIn(profile);
            return new ExternalUser(account.username(), account.authorities(), signedIn.getAttributes());
        });
    }

    private static ExternalProfile profileOf(OidcUserRequest request, OidcUser user) {
        var methods = user.getAuthenticationMethods();
        return new ExternalProfile(
                request.getClientRegistration().getRegistrationId(),
                user.getIssuer().toString(),
                user.getSubject(),
                user.getEmail(),
                Boolean.TRUE.equals(user.getEmailVerified()),
                user.getPreferredUsername(),
                methods == null ? List.of() : methods,
                user.getClaims());
    }

    /**
     * A plain OAuth2 provider other than GitHub: the user-name attribute of its settings names the person, and the
     * provider is known by its authorization endpoint, having no issuer.
     */
    private static ExternalProfile profileOf(OAuth2UserRequest request, OAuth2User user) {
        var registration = request.getClientRegistration();
        var issuer = registration.getProviderDetails().getIssuerUri() != null
                ? registration.getProviderDetails().getIssuerUri()
                : registration.getProviderDetails().getAuthorizationUri();
        Map<String, Object> attributes = user.getAttributes();
        return new ExternalProfile(
                registration.getRegistrationId(),
                issuer,
                user.getName(),
                attributes.get("email") instanceof String email ? email : null,
                Boolean.TRUE.equals(attributes.get("email_verified")),
                attributes.get("preferred_username") instanceof String name ? name : null,
                List.of(),
                attributes);
    }

    /**
     * Only an {@link AuthenticationException} makes a failed sign-in; anything else would leave Spring Security's
     * filter as a server error. The database away is the service failing; a provider's endpoint that cannot be
     * read is the provider failing; anything else is logged and ends on the sign-in page as an error.
     */
    private static <T> T guarded(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (AuthenticationException refused) {
            throw refused;
        } catch (DataAccessException unreachable) {
            throw new InternalAuthenticationServiceException("The database cannot be reached", unreachable);
        } catch (RestClientException providerFailed) {
            throw ExternalSignIn.refused(ExternalFailures.PROVIDER_UNAVAILABLE);
        } catch (RuntimeException unexpected) {
            log.error("A sign-in with another provider failed", unexpected);
            throw new InternalAuthenticationServiceException("The sign-in could not be completed", unexpected);
        }
    }
}
