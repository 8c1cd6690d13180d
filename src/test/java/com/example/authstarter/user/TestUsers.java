package com.example.authstarter.user;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** Creates and clears accounts for tests, through the same service the registration form uses. */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct horse battery";

    private final UserService service;
    private final UserRepository repository;

    TestUsers(UserService service, UserRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    public Member create(String username) {
        return service.register(new Registration(username, username + "@example.com", PASSWORD, PASSWORD));
    }

    /** Stores an account as given, past the registration rules: for data the rules would not let in today. */
    public void insertUnchecked(String username, String email) {
        repository.insert(User.newUser(username, email, "{noop}unusable", Instant.now()));
    }

    public void lock(String username) {
        service.lock(username);
    }

    public boolean isLocked(String username) {
        return repository
                .findByUsernameKey(UserKeys.username(username))
                .orElseThrow()
                .locked();
    }

    public void deleteAll() {
        repository.deleteAll();
    }

    public long count() {
        return repository.count();
    }
}
