package com.example.authstarter.external;

import com.example.authstarter.base.PublicUrl;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;

/**
 * The providers people may sign in with, from Spring Boot's own settings ({@code
 * spring.security.oauth2.client.registration.<id>.*} and {@code .provider.<id>.*}), read when the app starts.
 * Spring Boot decides whether to make its registrations by a condition, which Spring AOT fixes when the jar is
 * built; the same settings are bound here at run time instead, so they work given to the production command.
 *
 * <p>A provider given by its issuer is asked for its metadata in the background, and again while it cannot be
 * reached: one provider down does not stop the app nor the other providers, and a person who picks it meanwhile is
 * told it cannot be reached ({@value ExternalFailures#PROVIDER_UNAVAILABLE}). Registrations are kept one by one, with
 * the app's public address in the redirect URI (never the request's Host header), and GitHub's with the scope that
 * lets the app read a verified address.
 */
@Component
public class ExternalProviders implements ClientRegistrationRepository, DisposableBean {

    /** A provider as the sign-in page names it. */
    public record Provider(String id, String name) {}

    /** Where providers send people back: Spring Security's callback, on the app's public address. */
    static final String CALLBACK = "/login/oauth2/code/{registrationId}";

    private static final Logger log = LoggerFactory.getLogger(ExternalProviders.class);

    /** The names of Spring Security's presets, for a registration that gives none. */
    private static final Map<String, String> PRESET_NAMES =
            Map.of("google", "Google", "github", "GitHub", "facebook", "Facebook", "okta", "Okta");

    private final OAuth2ClientProperties settings;
    private final PublicUrl publicUrl;
    private final List<Provider> providers;
    /** The registrations looked up so far, completed with the app's address (the server has started by then). */
    private final Map<String, ClientRegistration> ready = new ConcurrentHashMap<>();

    private final ExternalSignInSettings trust;
    /** Each provider's first look-up, which a request arriving meanwhile waits for. */
    private final Map<String, CompletableFuture<Outcome>> lookUps = new ConcurrentHashMap<>();

    private volatile boolean stopped;

    ExternalProviders(Environment environment, PublicUrl publicUrl, ExternalSignInSettings trust) {
        this.settings = Binder.get(environment)
                .bind("spring.security.oauth2.client", OAuth2ClientProperties.class)
                .orElseGet(OAuth2ClientProperties::new);
        settings.validate();
        this.publicUrl = publicUrl;
        this.trust = trust;
        this.providers = settings.getRegistration().entrySet().stream()
                .map(registration ->
                        new Provider(registration.getKey(), nameOf(registration.getKey(), registration.getValue())))
                .toList();
        if (!providers.isEmpty()) {
            log.info(
                    "Sign-in with other providers: {}",
                    providers.stream().map(Provider::id).collect(Collectors.joining(", ")));
        }
    }

    /**
     * Once the app has started, each provider is looked up on a thread of its own, and again after {@code
     * discoveryRetry} while it cannot be reached, until the app stops.
     */
    @EventListener(ApplicationReadyEvent.class)
    void discover() {
        for (var provider : providers) {
            lookUps.put(provider.id(), new CompletableFuture<>());
            Thread.ofVirtual().name("provider-discovery-" + provider.id()).start(() -> lookUp(provider.id()));
        }
    }

    /** Whether the registration is GitHub's preset (by its provider name), which signs in over plain OAuth2. */
    boolean isGitHub(String registrationId) {
        var registration = settings.getRegistration().get(registrationId);
        return registration != null && GitHub.PROVIDER.equals(providerIdOf(registrationId, registration));
    }

    /** No provider is configured: the app signs in only its own ways. */
    public boolean isEmpty() {
        return providers.isEmpty();
    }

    /** The configured providers, in the order of the settings, whether or not they can be reached now. */
    public List<Provider> all() {
        return providers;
    }

    public Optional<Provider> find(String registrationId) {
        return providers.stream()
                .filter(provider -> provider.id().equals(registrationId))
                .findFirst();
    }

    /**
     * The registration, once its metadata is known.
     *
     * @return null for an id that is not configured (Spring Security then says the request is invalid)
     * @throws OAuth2AuthenticationException ({@value ExternalFailures#PROVIDER_UNAVAILABLE}) while a configured
     *     provider's metadata could not be read yet
     */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        var registration = ready.get(registrationId);
        if (registration != null) {
            return registration;
        }
        if (find(registrationId).isEmpty()) {
            return null;
        }
        // Asked for just after the start, while the first look-up is still under way: it is waited for, briefly.
        var lookUp = lookUps.get(registrationId);
        if (lookUp != null && !lookUp.isDone()) {
            try {
                lookUp.get(trust.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException stillUnknown) {
                throw unavailable();
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                throw unavailable();
            }
            return findByRegistrationId(registrationId);
        }
        throw unavailable();
    }

    private static OAuth2AuthenticationException unavailable() {
        return new OAuth2AuthenticationException(new OAuth2Error(ExternalFailures.PROVIDER_UNAVAILABLE));
    }

    /** Looks the provider up until it answers or its setting turns out wrong; the first outcome is announced. */
    private void lookUp(String id) {
        var first = lookUps.get(id);
        while (!stopped) {
            var outcome = resolve(id);
            first.complete(outcome);
            if (outcome != Outcome.UNREACHABLE) {
                return;
            }
            try {
                Thread.sleep(trust.discoveryRetry());
            } catch (InterruptedException stopping) {
                return;
            }
        }
    }

    private enum Outcome {
        READY,
        MISCONFIGURED,
        UNREACHABLE
    }

    /**
     * Maps one registration with Spring Boot's own mapper (which knows Google's and GitHub's endpoints, and reads
     * an issuer's metadata); tries again later while the issuer cannot be reached. A setting that can never work
     * (an unknown provider name) is said in the log once.
     */
    private Outcome resolve(String id) {
        try {
            var mapped = new OAuth2ClientPropertiesMapper(only(id))
                    .asClientRegistrations()
                    .get(id);
            ready.put(id, completed(mapped));
            log.info(
                    "Provider {} ready (issuer {})",
                    id,
                    Optional.ofNullable(mapped.getProviderDetails().getIssuerUri())
                            .orElse("none"));
            return Outcome.READY;
        } catch (IllegalStateException misconfigured) {
            log.error("Provider {} cannot be used: {}", id, misconfigured.getMessage());
            return Outcome.MISCONFIGURED;
        } catch (RuntimeException unreachable) {
            log.warn(
                    "Provider {} cannot be reached ({}); asking again in {} s",
                    id,
                    unreachable.getMessage(),
                    trust.discoveryRetry().toSeconds());
            return Outcome.UNREACHABLE;
        }
    }

    /** The app's public callback unless one is set; GitHub's scope with the verified addresses. */
    private ClientRegistration completed(ClientRegistration mapped) {
        var builder = ClientRegistration.withClientRegistration(mapped);
        if (settings.getRegistration().get(mapped.getRegistrationId()).getRedirectUri() == null) {
            builder.redirectUri(publicUrl.of(CALLBACK));
        }
        if (isGitHub(mapped.getRegistrationId()) && !mapped.getScopes().contains(GitHub.EMAIL_SCOPE)) {
            builder.scope(Stream.concat(mapped.getScopes().stream(), Stream.of(GitHub.EMAIL_SCOPE))
                    .toList());
        }
        return builder.build();
    }

    /** The settings of one registration and its provider, so each is mapped (and may fail) on its own. */
    private OAuth2ClientProperties only(String id) {
        var one = new OAuth2ClientProperties();
        var registration = settings.getRegistration().get(id);
        one.getRegistration().put(id, registration);
        var providerId = providerIdOf(id, registration);
        if (settings.getProvider().containsKey(providerId)) {
            one.getProvider().put(providerId, settings.getProvider().get(providerId));
        }
        return one;
    }

    /** The name on the button: the setting, else the preset's ("Google", "GitHub"), else the id. */
    private static String nameOf(String id, OAuth2ClientProperties.Registration registration) {
        if (registration.getClientName() != null
                && !registration.getClientName().isBlank()) {
            return registration.getClientName();
        }
        return PRESET_NAMES.getOrDefault(providerIdOf(id, registration), id);
    }

    /** The provider a registration uses: the one it names, else the one of its own id (Boot's rule). */
    private static String providerIdOf(String id, OAuth2ClientProperties.Registration registration) {
        return registration.getProvider() != null ? registration.getProvider() : id;
    }

    @Override
    public void destroy() {
        stopped = true;
    }
}
