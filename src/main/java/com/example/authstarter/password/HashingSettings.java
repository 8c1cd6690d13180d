package com.example.authstarter.password;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How passwords are hashed: how many hashes may run at once, how long a sign-in or sign-up waits for a free
 * slot before it is told the server is busy, and which Argon2id implementation computes them.
 *
 * @param concurrent hashes at once; 0 means one per core
 * @param maxWait the longest wait for a slot
 * @param implementation which Argon2id code hashes
 */
@ConfigurationProperties("app.security.hashing")
record HashingSettings(
        @DefaultValue("0") int concurrent,
        @DefaultValue("3s") Duration maxWait,
        @DefaultValue("auto") Implementation implementation) {

    /** Both produce and verify the same hashes; they differ in speed and in what they need. */
    enum Implementation {
        /** The native library where it loads, else the Java one (the log says which). */
        AUTO,
        /** The native library or no start: for deployments that must not run slower unnoticed. */
        NATIVE,
        /** BouncyCastle's pure-Java Argon2 (through Spring Security), which runs wherever Java does. */
        JAVA
    }

    int slots() {
        return concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors();
    }
}
