package com.example.authstarter.user;

import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registered account. {@code usernameKey} and {@code emailKey} are the normalized forms that carry the
 * unique indexes, so "Alice" and "alice" are one account while the name is still shown as typed. Only the
 * password hash is stored, in Spring Security's {@code {id}hash} form. A locked account cannot sign in until
 * an administrator sets a new password.
 */
@Document("users")
public record User(
        @Id String id,
        String username,
        String usernameKey,
        String email,
        String emailKey,
        String passwordHash,
        Set<Role> roles,
        Instant createdAt,
        boolean locked,
        boolean darkMode) {

    public static final String USERNAME_KEY = "usernameKey";
    public static final String EMAIL_KEY = "emailKey";
    public static final String CREATED_AT = "createdAt";
    public static final String LOCKED = "locked";
    public static final String DARK_MODE = "darkMode";

    static User newUser(String username, String email, String passwordHash, Instant createdAt) {
        return new User(
                null,
                username,
                UserKeys.username(username),
                email,
                UserKeys.email(email),
                passwordHash,
                Set.of(Role.USER),
                createdAt,
                false,
                false);
    }

    User withPasswordHash(String newHash) {
        return new User(id, username, usernameKey, email, emailKey, newHash, roles, createdAt, locked, darkMode);
    }

    User withEmail(String newEmail) {
        return new User(
                id,
                username,
                usernameKey,
                newEmail,
                UserKeys.email(newEmail),
                passwordHash,
                roles,
                createdAt,
                locked,
                darkMode);
    }

    User withRoles(Set<Role> newRoles) {
        return new User(
                id,
                username,
                usernameKey,
                email,
                emailKey,
                passwordHash,
                Set.copyOf(newRoles),
                createdAt,
                locked,
                darkMode);
    }

    User withLocked(boolean nowLocked) {
        return new User(
                id, username, usernameKey, email, emailKey, passwordHash, roles, createdAt, nowLocked, darkMode);
    }

    boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
