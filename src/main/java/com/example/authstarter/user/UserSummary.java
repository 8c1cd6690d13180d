package com.example.authstarter.user;

import java.time.Instant;
import java.util.Set;

/** One row of the administrators' user list. */
public record UserSummary(
        String username, String email, boolean emailVerified, Set<Role> roles, boolean locked, Instant joined) {

    static UserSummary of(User user) {
        return new UserSummary(
                user.username(), user.email(), user.emailVerified(), user.roles(), user.locked(), user.createdAt());
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
