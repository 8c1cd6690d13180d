package com.example.authstarter.security;

/** Published when an account reaches the consecutive-failure limit and is locked. */
public record AccountLockedOut(String username, String clientAddress) {}
