package com.example.authstarter.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What signing in asks of an account beyond its password.
 *
 * @param requireVerifiedEmail whether an account must have opened its verification link before it may sign
 *     in ({@code APP_SECURITY_REQUIRE_VERIFIED_EMAIL}); it is told so, after a correct password only
 * @param requireTwoStepForAdmins whether an administrator without two-step sign-in is sent to set it up
 *     before anything else ({@code APP_SECURITY_REQUIRE_TWO_STEP_FOR_ADMINS})
 * @param recentSignIn how long a sign-in counts as recent for sensitive changes ({@code
 *     APP_SECURITY_RECENT_SIGN_IN}); after it, the page asks the person to confirm it is them
 */
@ConfigurationProperties("app.security")
public record SignInSettings(
        @DefaultValue("false") boolean requireVerifiedEmail,
        @DefaultValue("false") boolean requireTwoStepForAdmins,
        @DefaultValue("10m") Duration recentSignIn) {}
