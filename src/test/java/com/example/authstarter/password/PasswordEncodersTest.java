package com.example.authstarter.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.authstarter.base.ServerBusyException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordEncodersTest {

    @Test
    void the_app_encoder_produces_argon2id_at_owasp_parameters_and_verifies_it() {
        var encoder = new PasswordHashingConfiguration()
                .passwordEncoder(new HashingSettings(0, Duration.ofSeconds(3), HashingSettings.Implementation.AUTO));

        var hash = encoder.encode("correct horse battery");

        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches("correct horse battery", hash)).isTrue();
        assertThat(encoder.matches("correct horse batterY", hash)).isFalse();
    }

    @Test
    void hashes_of_the_native_library_and_of_the_java_code_verify_each_other() {
        var nativeArgon2 = PasswordHashingConfiguration.argon2(HashingSettings.Implementation.NATIVE);
        var javaArgon2 = PasswordHashingConfiguration.argon2(HashingSettings.Implementation.JAVA);
        assertThat(nativeArgon2).isInstanceOf(NativeArgon2PasswordEncoder.class);
        assertThat(javaArgon2).isInstanceOf(Argon2PasswordEncoder.class);
        var password = "Grüße aus Köln, 東京 too"; // beyond ASCII: both must hash the same UTF-8 bytes

        var byNative = nativeArgon2.encode(password);
        var byJava = javaArgon2.encode(password);

        assertThat(byNative).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").hasSameSizeAs(byJava);
        assertThat(javaArgon2.matches(password, byNative)).isTrue();
        assertThat(nativeArgon2.matches(password, byJava)).isTrue();
        assertThat(nativeArgon2.matches(password, byNative)).isTrue();
        assertThat(javaArgon2.matches(password + "!", byNative)).isFalse();
        assertThat(nativeArgon2.matches(password + "!", byJava)).isFalse();
    }

    @Test
    void the_native_library_verifies_hashes_of_other_parameters_and_asks_to_upgrade_weaker_ones() {
        var nativeArgon2 = PasswordHashingConfiguration.argon2(HashingSettings.Implementation.NATIVE);
        var weaker = new Argon2PasswordEncoder(16, 32, 1, 4096, 1).encode("an older, cheaper hash");

        assertThat(nativeArgon2.matches("an older, cheaper hash", weaker)).isTrue();
        assertThat(nativeArgon2.upgradeEncoding(weaker)).isTrue();
        assertThat(nativeArgon2.upgradeEncoding(nativeArgon2.encode("current"))).isFalse();
    }

    @Test
    void the_native_library_refuses_what_is_not_an_argon2id_hash() {
        var nativeArgon2 = PasswordHashingConfiguration.argon2(HashingSettings.Implementation.NATIVE);

        assertThat(nativeArgon2.matches("anything", null)).isFalse();
        assertThat(nativeArgon2.matches("anything", "")).isFalse();
        assertThat(nativeArgon2.matches("anything", "$argon2id$v=19$m=19456,t=2,p=1$broken"))
                .isFalse();
        assertThat(nativeArgon2.matches("anything", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"))
                .isFalse();
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
        var encoder = new BoundedPasswordEncoder(gate, 1, Duration.ofSeconds(10));
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> encoder.encode("first"));
            gate.entered.await();
            var second = pool.submit(() -> encoder.encode("second"));
            gate.release.countDown();

            assertThat(first.get()).isEqualTo("first");
            assertThat(second.get()).isEqualTo("second");
        }
    }

    @Test
    void a_hash_that_finds_no_slot_in_time_is_refused_as_busy() throws Exception {
        var gate = new Gate();
        var encoder = new BoundedPasswordEncoder(gate, 1, Duration.ofMillis(50));
        try (var pool = Executors.newSingleThreadExecutor()) {
            var first = pool.submit(() -> encoder.matches("first", "first"));
            gate.entered.await();

            assertThatThrownBy(() -> encoder.matches("second", "second")).isInstanceOf(ServerBusyException.class);

            gate.release.countDown();
            assertThat(first.get()).isTrue();
        }
    }

    /** An encoder that holds its slot until released. */
    private static final class Gate implements PasswordEncoder {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String encode(CharSequence raw) {
            hold();
            return raw.toString();
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hold();
            return raw.toString().equals(encoded);
        }

        private void hold() {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
