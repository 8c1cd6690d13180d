package com.example.authstarter.user;

import java.time.Instant;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates accounts for tests, through the same service the registration form uses. */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct horse battery";

    private final SignUpService signUp;
    private final UserRepository repository;
    private final PasswordEncoder passwordEncoder;

    TestUsers(SignUpService signUp, UserRepository repository, PasswordEncoder passwordEncoder) {
        this.signUp = signUp;
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    public Member create(String username) {
        return signUp.register(
                new Registration(username, username + "@example.com", PASSWORD, PASSWORD), Locale.ENGLISH);
    }

    /**
     * Stores an account as given, past the registration rules: for data the rules would not let in today.
     * Its password is {@link #PASSWORD}.
     */
    public void insertUnchecked(String username, String email) {
        repository.insert(
                User.newUser(username, email, passwordEncoder.encode(PASSWORD), Instant.now(), Locale.ENGLISH));
    }

    /** Locks the account as an administrator would. */
    public void lock(String username) {
        repository.lock(UserKeys.username(username), User.LockReason.ADMINISTRATOR);
    }

    public void verifyEmail(String username) {
        repository.markEmailVerified(UserKeys.username(username), email(username));
    }

    public boolean isEmailVerified(String username) {
        return repository
                .findByUsernameKey(UserKeys.username(username))
                .orElseThrow()
                .emailVerified();
    }

    public boolean isLocked(String username) {
        return repository
                .findByUsernameKey(UserKeys.username(username))
                .orElseThrow()
                .locked();
    }

    public boolean exists(String username) {
        return repository.existsByUsernameKey(UserKeys.username(username));
    }

    public String email(String username) {
        return repository
                .findByUsernameKey(UserKeys.username(username))
                .orElseThrow()
                .email();
    }

    public long count() {
        return repository.count();
    }
}
