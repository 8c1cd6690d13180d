package com.example.authstarter.reauth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long proving it is you counts.
 *
 * @param recentSignIn how long a sign-in, or a confirmation, counts as recent for the changes that accept one
 *     ({@code APP_SECURITY_RECENT_SIGN_IN}; see {@link SensitiveAction}); after it, the page asks again
 */
@ConfigurationProperties("app.security")
public record ReauthSettings(@DefaultValue("10m") Duration recentSignIn) {}
