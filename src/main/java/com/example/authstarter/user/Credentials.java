package com.example.authstarter.user;

import java.util.Locale;
import java.util.Set;

/** What signing in needs to know of an account; the sign-in features never see the document itself. */
public record Credentials(
        String username,
        String email,
        String passwordHash,
        Set<Role> roles,
        boolean locked,
        boolean emailVerified,
        Locale language) {

    static Credentials of(User user) {
        return new Credentials(
                user.username(),
                user.email(),
                user.passwordHash(),
                user.roles(),
                user.locked(),
                user.emailVerified(),
                user.locale());
    }

    /** Whether the account has a password; one made with another provider's identity may have none. */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", roles=" + roles + "]";
    }
}
