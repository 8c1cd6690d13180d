package com.example.authstarter.user;

import java.time.Instant;

/**
 * One row of the members list: what signed-in users may see of each other. No email: anyone can sign up, so
 * a list of addresses would be there for the harvesting.
 */
public record Member(String username, Instant joined) {

    static Member of(User user) {
        return new Member(user.username(), user.createdAt());
    }
}
