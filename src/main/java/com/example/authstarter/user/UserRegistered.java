package com.example.authstarter.user;

import java.time.Instant;

/** Published when a new account has been stored. */
public record UserRegistered(String username, Instant at) {}
