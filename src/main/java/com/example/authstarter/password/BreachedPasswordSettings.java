package com.example.authstarter.password;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether new passwords are looked up among breached ones ({@link BreachedPasswords}).
 *
 * @param breachedPasswordCheck on by default; {@code APP_SECURITY_BREACHED_PASSWORD_CHECK=false} turns it off
 *     (a machine that must not call out)
 * @param breachedPasswordUrl the range API, ending in {@code /range/} ({@code APP_SECURITY_BREACHED_PASSWORD_URL}):
 *     Have I Been Pwned's by default, or a mirror of it
 * @param breachedPasswordTimeout how long a sign-up or password change waits for the answer before it goes
 *     ahead without it
 */
@ConfigurationProperties("app.security")
public record BreachedPasswordSettings(
        @DefaultValue("true") boolean breachedPasswordCheck,

        @DefaultValue("https://api.pwnedpasswords.com/range/")
        URI breachedPasswordUrl,

        @DefaultValue("2s") Duration breachedPasswordTimeout) {}
