package com.example.authstarter.security;

/** Published when an administrator ({@code by}) ended every session and remembered device of a user. */
public record SessionsEndedByAdmin(String username, String by) {}
