package com.example.authstarter.password;

import com.example.authstarter.base.MemoryPressure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id at OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane), after
 * NFKC normalization, in a fixed number of slots that each hold their memory ({@link HashingSettings}). The
 * delegating encoder prefixes each hash with {@code {argon2}}, so a later, stronger choice can be added here and
 * old hashes are upgraded at the user's next sign-in.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PasswordHashingConfiguration.class);

    static final Argon2idCost COST = new Argon2idCost(19 * 1024, 2, 1);

    /** How long one password hash takes, as the timer {@value #HASH_TIME} with a percentile histogram. */
    static final String HASH_TIME = "authstarter.password.hash";

    @Bean
    PasswordEncoder passwordEncoder(HashingSettings settings, MemoryPressure memory, MeterRegistry meters) {
        var hashTime = Timer.builder(HASH_TIME)
                .description("One Argon2id password hash, without the wait for a slot")
                // Buckets, so that Prometheus computes percentiles across instances (histogram_quantile).
                .publishPercentileHistogram()
                .register(meters);
        var argon2 = argon2(settings, memory, hashTime);
        return new NfkcPasswordEncoder(new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2)));
    }

    /** Both kinds write and read the same strings, so switching between them never strands a password. */
    static Argon2idPasswordEncoder argon2(HashingSettings settings, MemoryPressure memory, Timer hashTime) {
        var slots = slots(settings.implementation(), settings.slots());
        return new Argon2idPasswordEncoder(slots, COST, settings.maxWait(), memory::isShort, hashTime);
    }

    /** The slots, each with its memory allocated now: what hashing needs is known at start-up, not found out under load. */
    static List<HashingSlot> slots(HashingSettings.Implementation implementation, int count) {
        IntFunction<HashingSlot> slot = chooseImplementation(implementation);
        var slots = new ArrayList<HashingSlot>(count);
        for (int i = 0; i < count; i++) {
            slots.add(slot.apply(COST.memoryKib()));
        }
        log.info("Password hashing: {} slots of {} MiB each", count, COST.memoryKib() / 1024);
        return slots;
    }

    private static IntFunction<HashingSlot> chooseImplementation(HashingSettings.Implementation implementation) {
        if (implementation == HashingSettings.Implementation.JAVA) {
            log.info("Password hashing: Argon2id in Java, as app.security.hashing.implementation asks");
            return JavaArgon2id::new;
        }
        try {
            NativeArgon2id.load();
            log.info("Password hashing: Argon2id in the native reference library (libargon2 through argon2-jvm)");
            return NativeArgon2id::new;
        } catch (LinkageError e) {
            if (implementation == HashingSettings.Implementation.NATIVE) {
                throw new IllegalStateException(
                        "libargon2 did not load, and app.security.hashing.implementation is 'native'", e);
            }
            // Still correct, only slower: the same hashes, computed in Java.
            log.warn(
                    "Password hashing: Argon2id in Java, about half as fast: the native library did not load ({})",
                    e.toString());
            return JavaArgon2id::new;
        }
    }
}
