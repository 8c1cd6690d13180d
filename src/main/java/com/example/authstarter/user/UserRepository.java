package com.example.authstarter.user;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The users collection: look-ups by key here, every change in {@link UserChanges}. */
interface UserRepository extends MongoRepository<User, String>, UserChanges {

    Optional<User> findByUsernameKey(String usernameKey);

    Optional<User> findByEmailKey(String emailKey);

    boolean existsByUsernameKey(String usernameKey);

    boolean existsByEmailKey(String emailKey);

    /**
     * The account someone means by what they typed: with this username, or with this email address when it has
     * an "@" (a username never does); either way one indexed look-up, so the answer takes the same time found
     * or not.
     */
    default Optional<User> findByNameOrEmail(String identifier) {
        if (identifier == null) {
            return Optional.empty();
        }
        return identifier.indexOf('@') >= 0
                ? findByEmailKey(UserKeys.email(UserKeys.clean(identifier)))
                : findByUsernameKey(UserKeys.username(identifier));
    }
}
