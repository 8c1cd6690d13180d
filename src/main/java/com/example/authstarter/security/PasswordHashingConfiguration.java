package com.example.authstarter.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id at OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane), after
 * NFKC normalization, with a bounded number of hashes at a time ({@link HashingSettings}). The delegating
 * encoder prefixes each hash with {@code {argon2}}, so a later, stronger choice can be added here and old
 * hashes are upgraded at the user's next sign-in.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashingConfiguration {

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    @Bean
    PasswordEncoder passwordEncoder(HashingSettings settings) {
        var argon2 = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
        var versioned = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
        return new NfkcPasswordEncoder(new BoundedPasswordEncoder(versioned, settings.slots(), settings.maxWait()));
    }
}
