package com.example.authstarter.security;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Time of one password check with the app's own encoder (Argon2id, 19 MiB, t=2, p=1, NFKC). Run by -Pbench. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PasswordHashBenchmark {

    private PasswordEncoder encoder;
    private String hash;

    @Setup
    public void setUp() {
        encoder = new PasswordHashingConfiguration()
                .passwordEncoder(new HashingSettings(1, Duration.ofMinutes(1), HashingSettings.Implementation.AUTO));
        hash = encoder.encode("violet kettle orbit sandwich");
    }

    @Benchmark
    public boolean verifyPassword() {
        return encoder.matches("violet kettle orbit sandwich", hash);
    }
}
