package com.example.authstarter.user;

import java.util.Optional;

/** Finding the account someone means by what they typed: a username or an email address. */
final class Accounts {

    private Accounts() {}

    /**
     * The account with this username, or with this email address when it has an "@" (a username never
     * does); either way one indexed look-up, so the answer takes the same time found or not.
     */
    static Optional<User> byNameOrEmail(UserRepository users, String identifier) {
        if (identifier == null) {
            return Optional.empty();
        }
        return identifier.indexOf('@') >= 0
                ? users.findByEmailKey(UserKeys.email(UserKeys.clean(identifier)))
                : users.findByUsernameKey(UserKeys.username(identifier));
    }
}
