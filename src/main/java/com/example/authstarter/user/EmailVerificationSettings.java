package com.example.authstarter.user;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether an address must be verified before its account may sign in.
 *
 * @param requireVerifiedEmail whether an account must have opened its verification link before it may sign
 *     in ({@code APP_SECURITY_REQUIRE_VERIFIED_EMAIL}); it is told so, after a correct password only
 */
@ConfigurationProperties("app.security")
public record EmailVerificationSettings(
        @DefaultValue("false") boolean requireVerifiedEmail) {}
