package com.example.authstarter.user;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The users collection: look-ups by key here, every change in {@link UserChanges}. */
interface UserRepository extends MongoRepository<User, String>, UserChanges {

    Optional<User> findByUsernameKey(String usernameKey);

    Optional<User> findByEmailKey(String emailKey);

    boolean existsByUsernameKey(String usernameKey);

    boolean existsByEmailKey(String emailKey);
}
