package com.example.authstarter.password;

import com.example.authstarter.base.MemoryPressure;
import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Time of one password check (Argon2id, 19 MiB, t=2, p=1) by each implementation: the app's encoder as it
 * runs (libargon2 in its slot, with NFKC), the app's Java fallback (in its slot), BouncyCastle through Spring
 * Security, and password4j's pure-Java Argon2, for comparison. Run by -Pbench.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PasswordHashBenchmark {

    static final String PASSWORD = "violet kettle orbit sandwich";
    private static final Argon2idCost COST = PasswordHashingConfiguration.COST;

    @Param({"app (libargon2)", "app (Java)", "BouncyCastle", "password4j"})
    public String implementation;

    private Check check;

    private interface Check {
        boolean verify();
    }

    @Setup
    public void setUp() {
        check = switch (implementation) {
            case "app (libargon2)" -> verifying(app(HashingSettings.Implementation.NATIVE));
            case "app (Java)" -> verifying(app(HashingSettings.Implementation.JAVA));
            case "BouncyCastle" ->
                verifying(new Argon2PasswordEncoder(
                        Argon2idPasswordEncoder.SALT_BYTES,
                        Argon2idPasswordEncoder.HASH_BYTES,
                        COST.parallelism(),
                        COST.memoryKib(),
                        COST.iterations()));
            case "password4j" -> {
                var argon2 = Argon2Function.getInstance(
                        COST.memoryKib(),
                        COST.iterations(),
                        COST.parallelism(),
                        Argon2idPasswordEncoder.HASH_BYTES,
                        Argon2.ID);
                var hash = argon2.hash(PASSWORD).getResult();
                yield () -> argon2.check(PASSWORD, hash);
            }
            default -> throw new IllegalArgumentException(implementation);
        };
        if (!check.verify()) {
            throw new IllegalStateException(implementation + " does not verify its own hash");
        }
    }

    private static PasswordEncoder app(HashingSettings.Implementation implementation) {
        return new PasswordHashingConfiguration()
                .passwordEncoder(
                        new HashingSettings(1, Duration.ofMinutes(1), implementation),
                        new MemoryPressure(Clock.systemUTC()),
                        new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    private static Check verifying(PasswordEncoder encoder) {
        var hash = encoder.encode(PASSWORD);
        return () -> encoder.matches(PASSWORD, hash);
    }

    @Benchmark
    public boolean verifyPassword() {
        return check.verify();
    }
}
