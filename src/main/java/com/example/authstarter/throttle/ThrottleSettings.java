package com.example.authstarter.throttle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How password guessing is slowed down and stopped (see {@link SignInThrottle}).
 *
 * @param freeFailures consecutive failures on an account before it must wait between attempts
 * @param firstWait the first wait; it doubles with each further failure
 * @param maxWait the longest wait
 * @param lockoutFailures consecutive failures that lock the account (NIST 800-63B: at most 100)
 * @param accountMemory how long an account's failures are remembered without a new one; a success resets them
 * @param addressFailuresPerMinute failed attempts from one client address a minute, whatever the account;
 *     successful sign-ins are not counted
 */
@ConfigurationProperties("app.security.throttle")
public record ThrottleSettings(
        @DefaultValue("5") int freeFailures,
        @DefaultValue("1s") Duration firstWait,
        @DefaultValue("15m") Duration maxWait,
        @DefaultValue("100") int lockoutFailures,
        @DefaultValue("30d") Duration accountMemory,
        @DefaultValue("20") int addressFailuresPerMinute) {}
