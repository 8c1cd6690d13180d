package com.example.authstarter.password;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(PasswordHashingConfiguration.class);

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    @Bean
    PasswordEncoder passwordEncoder(HashingSettings settings) {
        var versioned = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2(settings.implementation())));
        return new NfkcPasswordEncoder(new BoundedPasswordEncoder(versioned, settings.slots(), settings.maxWait()));
    }

    /** Both kinds write and read the same strings, so switching between them never strands a password. */
    static PasswordEncoder argon2(HashingSettings.Implementation implementation) {
        if (implementation == HashingSettings.Implementation.JAVA) {
            log.info("Password hashing: Argon2id in Java (BouncyCastle), as app.security.hashing.implementation asks");
            return javaArgon2();
        }
        try {
            var encoder = NativeArgon2PasswordEncoder.load(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
            log.info("Password hashing: Argon2id in the native reference library (libargon2 through argon2-jvm)");
            return encoder;
        } catch (LinkageError e) {
            if (implementation == HashingSettings.Implementation.NATIVE) {
                throw new IllegalStateException(
                        "libargon2 did not load, and app.security.hashing.implementation is 'native'", e);
            }
            // Still correct, only slower and less even: the same hashes, computed by BouncyCastle.
            log.warn(
                    "Password hashing: Argon2id in Java (BouncyCastle), about half as fast: the native library "
                            + "did not load ({})",
                    e.toString());
            return javaArgon2();
        }
    }

    static Argon2PasswordEncoder javaArgon2() {
        return new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
    }
}
