package com.example.authstarter.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What signing in asks of an account beyond its password.
 *
 * @param requireVerifiedEmail whether an account must have opened its verification link before it may sign
 *     in ({@code APP_SECURITY_REQUIRE_VERIFIED_EMAIL}); it is told so, after a correct password only
 */
@ConfigurationProperties("app.security")
record SignInSettings(@DefaultValue("false") boolean requireVerifiedEmail) {}
