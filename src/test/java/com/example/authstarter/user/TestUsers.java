package com.example.authstarter.user;

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

    public void deleteAll() {
        repository.deleteAll();
    }

    public long count() {
        return repository.count();
    }
}
