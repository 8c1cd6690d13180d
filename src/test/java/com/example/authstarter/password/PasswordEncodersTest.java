package com.example.authstarter.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.authstarter.base.MemoryPressure;
import com.example.authstarter.base.ServerBusyException;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

class PasswordEncodersTest {

    private static final Timer HASH_TIME = Timer.builder("test.hash").register(new SimpleMeterRegistry());

    private static final Duration WAIT = Duration.ofSeconds(3);

    @Test
    void the_app_encoder_produces_argon2id_at_owasp_parameters_verifies_it_and_times_each_hash() {
        var meters = new SimpleMeterRegistry();
        var encoder = new PasswordHashingConfiguration()
                .passwordEncoder(
                        new HashingSettings(0, WAIT, HashingSettings.Implementation.AUTO),
                        new MemoryPressure(Clock.systemUTC()),
                        meters);

        var hash = encoder.encode("correct horse battery");

        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches("correct horse battery", hash)).isTrue();
        var hashTime = meters.get(PasswordHashingConfiguration.HASH_TIME).timer();
        assertThat(hashTime.count()).isEqualTo(2);
        assertThat(hashTime.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS))
                .isPositive();
        assertThat(encoder.matches("correct horse batterY", hash)).isFalse();
    }

    @Test
    void libargon2_the_java_code_and_bouncycastle_compute_the_same_hashes() {
        var random = new Random(21);
        var nativeSlot = new NativeArgon2id(8);
        var javaSlot = new JavaArgon2id(8);
        for (int round = 0; round < 40; round++) {
            int lanes = 1 + random.nextInt(4);
            var cost = new Argon2idCost(8 * lanes + random.nextInt(300), 1 + random.nextInt(3), lanes);
            var password = new byte[random.nextInt(40)];
            var salt = new byte[8 + random.nextInt(25)];
            random.nextBytes(password);
            random.nextBytes(salt);
            int hashBytes = 4 + random.nextInt(100); // beyond 64 bytes the final hash is stretched

            var byBouncyCastle = bouncyCastle(password, salt, cost, hashBytes);

            assertThat(nativeSlot.hash(password, salt, cost, hashBytes))
                    .as("libargon2, %s", cost)
                    .isEqualTo(byBouncyCastle);
            assertThat(javaSlot.hash(password, salt, cost, hashBytes))
                    .as("Java, %s", cost)
                    .isEqualTo(byBouncyCastle);
        }
    }

    @Test
    void hashes_stored_by_springs_encoder_verify_and_ours_verify_with_it() {
        var spring = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        var password = "Grüße aus Köln, 東京 too"; // beyond ASCII: all must hash the same UTF-8 bytes
        var storedBefore = spring.encode(password);
        for (var implementation : List.of(HashingSettings.Implementation.NATIVE, HashingSettings.Implementation.JAVA)) {
            var ours = encoder(implementation, 1);

            assertThat(ours.matches(password, storedBefore))
                    .as("%s", implementation)
                    .isTrue();
            assertThat(ours.matches(password + "!", storedBefore)).isFalse();
            var written = ours.encode(password);
            assertThat(written).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").hasSameSizeAs(storedBefore);
            assertThat(spring.matches(password, written)).isTrue();
        }
    }

    @Test
    void a_hash_of_a_higher_cost_verifies_and_one_of_a_lower_cost_asks_to_be_upgraded() {
        var encoder = encoder(HashingSettings.Implementation.NATIVE, 1);
        var stronger = new Argon2PasswordEncoder(16, 32, 2, 24 * 1024, 3).encode("a future, dearer hash");
        var weaker = new Argon2PasswordEncoder(16, 32, 1, 4096, 1).encode("an older, cheaper hash");

        assertThat(encoder.matches("a future, dearer hash", stronger)).isTrue();
        assertThat(encoder.matches("an older, cheaper hash", weaker)).isTrue();
        assertThat(encoder.upgradeEncoding(weaker)).isTrue();
        assertThat(encoder.upgradeEncoding(stronger)).isFalse();
        assertThat(encoder.upgradeEncoding(encoder.encode("current"))).isFalse();
    }

    @Test
    void what_is_not_an_argon2id_hash_matches_nothing() {
        var encoder = encoder(HashingSettings.Implementation.NATIVE, 1);

        assertThat(encoder.matches("anything", null)).isFalse();
        assertThat(encoder.matches("anything", "")).isFalse();
        assertThat(encoder.matches("anything", "$argon2id$v=19$m=19456,t=2,p=1$broken"))
                .isFalse();
        assertThat(encoder.matches("anything", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA"))
                .isFalse();
        assertThat(encoder.matches("anything", "$argon2id$v=19$m=99999999,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNo"))
                .as("a cost beyond 1 GiB is refused, not allocated")
                .isFalse();
        assertThat(encoder.matches("anything", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"))
                .isFalse();
    }

    @Test
    void libargon2_computes_in_the_slots_own_memory_and_never_allocates_its_own() {
        var slot = new NativeArgon2id(19 * 1024);
        long before = slot.blockBytes();

        for (int i = 0; i < 5; i++) {
            slot.hash(new byte[] {(byte) i}, new byte[16], PasswordHashingConfiguration.COST, 32);
        }

        assertThat(slot.handedOut())
                .as("libargon2 asked the slot for its memory once per hash")
                .isEqualTo(5);
        assertThat(slot.blockBytes()).isEqualTo(before).isEqualTo(19L * 1024 * 1024);
        // A stored hash of a higher cost grows the slot's block once, and it stays grown.
        slot.hash(new byte[] {1}, new byte[16], new Argon2idCost(20 * 1024, 1, 1), 32);
        assertThat(slot.blockBytes()).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void the_java_code_wipes_its_memory_after_each_hash() {
        var slot = new JavaArgon2id(64);

        slot.hash("secret".getBytes(StandardCharsets.UTF_8), new byte[16], new Argon2idCost(64, 1, 1), 32);

        assertThat(slot.memoryIsWiped()).isTrue();
    }

    @Test
    void composed_and_decomposed_forms_of_a_password_match() {
        var encoder = new NfkcPasswordEncoder(NoOpPasswordEncoder.getInstance());

        var hash = encoder.encode("caf\u00e9 au lait, merci"); // é as one code point

        assertThat(encoder.matches("cafe\u0301 au lait, merci", hash)).isTrue(); // e + combining accent
        assertThat(encoder.matches("ｃａｆé au lait, merci", hash)).isTrue(); // full-width letters
        assertThat(encoder.matches("cafe au lait, merci", hash)).isFalse();
    }

    @Test
    void a_hash_waits_for_a_free_slot_and_gets_it() throws Exception {
        var gate = new Gate();
        var encoder = new Argon2idPasswordEncoder(
                List.of(gate), PasswordHashingConfiguration.COST, WAIT, () -> false, HASH_TIME);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> encoder.encode("first"));
            gate.entered.await();
            var second = pool.submit(() -> encoder.encode("second"));
            gate.release.countDown();

            assertThat(first.get()).startsWith("$argon2id$");
            assertThat(second.get()).startsWith("$argon2id$");
            assertThat(gate.hashes).hasValue(2);
        }
    }

    @Test
    void a_hash_that_finds_no_slot_in_time_is_refused_as_busy() throws Exception {
        var gate = new Gate();
        var encoder = new Argon2idPasswordEncoder(
                List.of(gate), PasswordHashingConfiguration.COST, Duration.ofMillis(50), () -> false, HASH_TIME);
        try (var pool = Executors.newSingleThreadExecutor()) {
            var first = pool.submit(() -> encoder.encode("first"));
            gate.entered.await();

            assertThatThrownBy(() -> encoder.encode("second")).isInstanceOf(ServerBusyException.class);

            gate.release.countDown();
            assertThat(first.get()).startsWith("$argon2id$");
        }
    }

    @Test
    void while_memory_is_short_no_hash_is_started_and_the_caller_is_told_busy() {
        var gate = new Gate();
        gate.release.countDown();
        var encoder = new Argon2idPasswordEncoder(
                List.of(gate), PasswordHashingConfiguration.COST, WAIT, () -> true, HASH_TIME);

        assertThatThrownBy(() -> encoder.encode("anything"))
                .isInstanceOf(ServerBusyException.class)
                .hasMessageContaining("Memory is short");
        assertThat(gate.hashes).hasValue(0);
    }

    private static Argon2idPasswordEncoder encoder(HashingSettings.Implementation implementation, int slots) {
        return new Argon2idPasswordEncoder(
                PasswordHashingConfiguration.slots(implementation, slots),
                PasswordHashingConfiguration.COST,
                WAIT,
                () -> false,
                HASH_TIME);
    }

    private static byte[] bouncyCastle(byte[] password, byte[] salt, Argon2idCost cost, int hashBytes) {
        var generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build());
        var out = new byte[hashBytes];
        generator.generateBytes(password, out);
        return out;
    }

    /** A slot that holds on until released. */
    private static final class Gate implements HashingSlot {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger hashes = new AtomicInteger();

        @Override
        public byte[] hash(byte[] password, byte[] salt, Argon2idCost cost, int hashBytes) {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            hashes.incrementAndGet();
            return new byte[hashBytes];
        }
    }
}
