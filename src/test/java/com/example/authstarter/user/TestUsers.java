package com.example.authstarter.user;

import java.time.Instant;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Creates and clears accounts for tests, through the same service the registration form uses. */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct horse battery";

    private final UserService service;
    private final UserRepository repository;
    private final MongoTemplate mongo;

    TestUsers(UserService service, UserRepository repository, MongoTemplate mongo) {
        this.service = service;
        this.repository = repository;
        this.mongo = mongo;
    }

    /**
     * No accounts and nothing that remembers them: audit events, sign-in counters (all test sign-ins come
     * from one address) and remember-me devices.
     */
    public void startFresh() {
        deleteAll();
        for (var collection : new String[] {"security_events", "login_attempts", "remember_me_tokens"}) {
            mongo.remove(new Query(), collection);
        }
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
