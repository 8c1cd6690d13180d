package com.example.authstarter.security;

/** Published when a sign-in attempt is refused unheard, because the account or the address must wait. */
public record LoginThrottled(String username, String clientAddress) {}
