package com.example.authstarter.passkey;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who this site is to passkeys. A passkey is bound to the relying-party id: the domain the site is reached
 * at (or a parent of it). Changing it later makes every passkey made before unusable.
 *
 * @param rpId the domain, {@code APP_PASSKEYS_RP_ID}: {@code localhost} by default; {@code example.com} for
 *     a site at {@code https://example.com} or {@code https://app.example.com}
 * @param rpName the name authenticators show beside the passkey
 * @param allowedOrigins the exact origins the sign-in pages are served from ({@code
 *     APP_PASSKEYS_ALLOWED_ORIGINS=https://example.com}); when empty, {@code https://<rp-id>:<server.port>}
 */
@ConfigurationProperties("app.passkeys")
public record PasskeySettings(
        @DefaultValue("localhost") String rpId,
        @DefaultValue("Vaadin Auth Starter") String rpName,
        @DefaultValue Set<String> allowedOrigins) {

    /** The origins to accept, {@code serverPort} filling in the default. */
    Set<String> originsFor(int serverPort) {
        if (!allowedOrigins.isEmpty()) {
            return allowedOrigins;
        }
        return serverPort == 443 ? Set.of("https://" + rpId) : Set.of("https://" + rpId + ":" + serverPort);
    }
}
