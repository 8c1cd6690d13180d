package com.example.authstarter.user;

/** What a user may do. Spring Security sees these as authorities {@code ROLE_USER}, {@code ROLE_ADMIN}. */
public enum Role {
    USER,
    ADMIN
}
