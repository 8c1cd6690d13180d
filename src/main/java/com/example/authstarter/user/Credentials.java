package com.example.authstarter.user;

import java.util.Set;

/** What signing in needs to know of an account; the security feature never sees the document itself. */
public record Credentials(String username, String passwordHash, Set<Role> roles, boolean locked) {

    static Credentials of(User user) {
        return new Credentials(user.username(), user.passwordHash(), user.roles(), user.locked());
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", roles=" + roles + "]";
    }
}
