package com.example.authstarter.password;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id through the reference C library (libargon2, which argon2-jvm ships for Linux, macOS and Windows
 * and calls through JNA). It hashes in a steady ~18 ms here, where BouncyCastle's Java loop is compiled by
 * the JIT into a fast or a twice-as-slow shape depending on the JVM run. Its hashes are the same PHC strings
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, unpadded Base64) as Spring's {@link
 * Argon2PasswordEncoder}, and the password is hashed as the same UTF-8 bytes, so each verifies the other's.
 */
final class NativeArgon2PasswordEncoder implements PasswordEncoder {

    private final Argon2 argon2;
    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    /** Reads the parameters of a stored hash for {@link #upgradeEncoding}; it never hashes. */
    private final Argon2PasswordEncoder parameters;

    private NativeArgon2PasswordEncoder(
            Argon2 argon2, int saltBytes, int hashBytes, int parallelism, int memoryKib, int iterations) {
        this.argon2 = argon2;
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.parameters = new Argon2PasswordEncoder(saltBytes, hashBytes, parallelism, memoryKib, iterations);
    }

    /**
     * Loads libargon2 and hashes once with it (at the smallest cost, not 19 MiB: a start-up should not wait
     * for a full hash), so a library that cannot load (an unsupported platform, a {@code noexec} temp folder)
     * fails here, at start-up, and not at somebody's sign-in. Native code needs no warming up.
     *
     * @throws LinkageError when the native library cannot be loaded
     */
    static NativeArgon2PasswordEncoder load(
            int saltBytes, int hashBytes, int parallelism, int memoryKib, int iterations) {
        var encoder = new NativeArgon2PasswordEncoder(
                Argon2Factory.create(Argon2Types.ARGON2id, saltBytes, hashBytes),
                saltBytes,
                hashBytes,
                parallelism,
                memoryKib,
                iterations);
        encoder.argon2.hash(1, 8, 1, bytes("a first hash loads the library"));
        return encoder;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return argon2.hash(iterations, memoryKib, parallelism, bytes(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        // libargon2 reads the parameters from the string and answers false for one it cannot decode.
        return encodedPassword != null && argon2.verify(encodedPassword, bytes(rawPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return parameters.upgradeEncoding(encodedPassword);
    }

    /** The bytes Spring's encoder hashes too: without them being equal, neither would verify the other. */
    private static byte[] bytes(CharSequence rawPassword) {
        return rawPassword.toString().getBytes(StandardCharsets.UTF_8);
    }
}
