package com.example.authstarter.user;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registered account, as stored. {@code usernameKey} and {@code emailKey} are the normalized forms that
 * carry the unique indexes, so "Alice" and "alice" are one account while the name is still shown as typed.
 * Only the password hash is stored, in Spring Security's {@code {id}hash} form. A locked account cannot sign
 * in until an administrator unlocks it.
 *
 * <p>The record is read whole and inserted whole at sign-up; every later change sets only its own fields in
 * place ({@link UserChanges}), so two changes at once never undo each other.
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
        LockReason lockReason,
        boolean darkMode,
        boolean emailVerified,
        String language) {

    /** Why an account is locked: a person may lift a lock after failed sign-ins by resetting the password. */
    public enum LockReason {
        FAILED_SIGN_INS,
        ADMINISTRATOR
    }

    public static final String USERNAME_KEY = "usernameKey";
    public static final String EMAIL_KEY = "emailKey";
    public static final String CREATED_AT = "createdAt";
    static final String EMAIL = "email";
    static final String PASSWORD_HASH = "passwordHash";
    static final String ROLES = "roles";
    static final String LOCKED = "locked";
    static final String LOCK_REASON = "lockReason";
    static final String DARK_MODE = "darkMode";
    static final String EMAIL_VERIFIED = "emailVerified";

    /**
     * How Spring Data reads a stored account. Accounts written by earlier versions of the app lack the fields
     * added since ({@code emailVerified}, {@code darkMode}, even {@code locked}); a missing flag is false, so
     * an upgrade never turns an existing account into one that cannot sign in.
     */
    @PersistenceCreator
    static User stored(
            String id,
            String username,
            String usernameKey,
            String email,
            String emailKey,
            String passwordHash,
            Set<Role> roles,
            Instant createdAt,
            Boolean locked,
            LockReason lockReason,
            Boolean darkMode,
            Boolean emailVerified,
            String language) {
        return new User(
                id,
                username,
                usernameKey,
                email,
                emailKey,
                passwordHash,
                roles == null ? Set.of() : roles,
                createdAt,
                Boolean.TRUE.equals(locked),
                lockReason,
                Boolean.TRUE.equals(darkMode),
                Boolean.TRUE.equals(emailVerified),
                language);
    }

    static User newUser(String username, String email, String passwordHash, Instant createdAt, Locale language) {
        return newAccount(username, email, passwordHash, false, createdAt, language);
    }

    /**
     * An account made at a first sign-in with another provider's identity: no password (one may be set later),
     * the address verified only when that provider said it had verified it.
     */
    static User newExternalUser(
            String username, String email, boolean emailVerified, Instant createdAt, Locale language) {
        return newAccount(username, email, null, emailVerified, createdAt, language);
    }

    private static User newAccount(
            String username,
            String email,
            String passwordHash,
            boolean emailVerified,
            Instant createdAt,
            Locale language) {
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
                null,
                false,
                emailVerified,
                language.toLanguageTag());
    }

    /** The language the person signed up in, for their mail; English for accounts from before it was kept. */
    public Locale locale() {
        return language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
    }

    @Override
    public String toString() {
        return "User[username=" + username + ", roles=" + roles + ", locked=" + locked + "]";
    }
}
