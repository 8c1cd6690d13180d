package com.example.authstarter.external;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How far other providers are trusted; the providers themselves are Spring Boot's {@code
 * spring.security.oauth2.client.*} settings. Lists hold registration ids ({@code keycloak}, {@code google}).
 *
 * @param trustedProviders providers whose verified address may join an existing account by itself at the first
 *     sign-in ({@code APP_EXTERNAL_SIGN_IN_TRUSTED_PROVIDERS}); only when the provider says {@code
 *     email_verified=true} and the account's own address is verified too. Otherwise the person signs in to the
 *     account first, and the identity is linked then.
 * @param trustedForTwoStep providers whose word that a second factor was used ({@code amr} of the ID token) stands
 *     in for this app's two-step code ({@code APP_EXTERNAL_SIGN_IN_TRUSTED_FOR_TWO_STEP})
 * @param signOutAtProvider providers at which "Sign out" also ends the session, where the provider names an
 *     {@code end_session_endpoint} ({@code APP_EXTERNAL_SIGN_IN_SIGN_OUT_AT_PROVIDER})
 * @param required a provider that is the only way in for everyone, or for the addresses of some domains: no
 *     password sign-in, no sign-up with a password, no other provider for them
 * @param adminRole an optional claim that makes an account an administrator, applied at each sign-in
 * @param connectTimeout how long to wait to reach a provider's token, user-info and key endpoints
 * @param readTimeout how long to wait for their answer: a slow provider ends on the sign-in page, never a hung page
 * @param discoveryRetry how often a provider's metadata is asked for again while its issuer cannot be reached
 */
@ConfigurationProperties("app.external-sign-in")
public record ExternalSignInSettings(
        @DefaultValue Set<String> trustedProviders,
        @DefaultValue Set<String> trustedForTwoStep,
        @DefaultValue Set<String> signOutAtProvider,
        @DefaultValue Required required,
        @DefaultValue AdminRole adminRole,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("30s") Duration discoveryRetry) {

    /**
     * The provider an organization requires ({@code APP_EXTERNAL_SIGN_IN_REQUIRED_PROVIDER=keycloak}), for
     * everyone or only for addresses at {@code domains} ({@code APP_EXTERNAL_SIGN_IN_REQUIRED_DOMAINS=example.com}).
     */
    public record Required(String provider, @DefaultValue Set<String> domains) {

        boolean appliesTo(String email) {
            if (provider == null || provider.isBlank() || email == null) {
                return false;
            }
            var at = email.lastIndexOf('@');
            var domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
            return domains.isEmpty()
                    || domains.stream()
                            .anyMatch(each -> each.toLowerCase(Locale.ROOT).equals(domain));
        }
    }

    /**
     * The administrator role from a claim of one provider ({@code APP_EXTERNAL_SIGN_IN_ADMIN_ROLE_PROVIDER=keycloak},
     * {@code _CLAIM=groups}, {@code _VALUE=admins}): an account signing in with it gets the role when the claim has
     * the value (a string, or one of a list), and loses it when not. Off when no provider is named.
     */
    public record AdminRole(
            String provider, @DefaultValue("groups") String claim, String value) {

        boolean appliesTo(String registrationId) {
            return provider != null && !provider.isBlank() && provider.equals(registrationId) && value != null;
        }
    }
}
