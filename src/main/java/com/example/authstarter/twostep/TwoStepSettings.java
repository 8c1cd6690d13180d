package com.example.authstarter.twostep;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What two-step sign-in asks of administrators.
 *
 * @param requireTwoStepForAdmins whether an administrator without two-step sign-in is sent to set it up before
 *     anything else ({@code APP_SECURITY_REQUIRE_TWO_STEP_FOR_ADMINS})
 */
@ConfigurationProperties("app.security")
public record TwoStepSettings(@DefaultValue("false") boolean requireTwoStepForAdmins) {}
