package com.example.authstarter.user;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.mongodb.repository.MongoRepository;

interface UserRepository extends MongoRepository<User, String> {

    Optional<User> findByUsernameKey(String usernameKey);

    Optional<User> findByEmailKey(String emailKey);

    boolean existsByUsernameKey(String usernameKey);

    boolean existsByEmailKey(String emailKey);

    Slice<User> findAllBy(Pageable pageable);
}
