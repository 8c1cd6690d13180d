package com.example.authstarter.user;

import java.time.Instant;

/** One row of the members list: what signed-in users may see of each other. */
public record Member(String username, String email, Instant joined) {

    static Member of(User user) {
        return new Member(user.username(), user.email(), user.createdAt());
    }
}
