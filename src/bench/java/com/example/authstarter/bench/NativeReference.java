package com.example.authstarter.bench;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The reference time of one Argon2id check (19 MiB, t=2, p=1): the C reference library, libargon2, called
 * in this JVM through argon2-jvm (JNA), with nothing around it; the best of three rounds of 20 checks.
 */
final class NativeReference {

    private static final int ROUNDS = 3;
    private static final int CHECKS = 20;

    private NativeReference() {}

    static double bestOfThreeRoundsMillis(String password) {
        var reference = Reference.of(password);
        double best = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            reference.check(CHECKS);
            best = Math.min(best, (System.nanoTime() - start) / 1e6 / CHECKS);
        }
        return best;
    }

    /**
     * How many checks a second libargon2 makes with one thread per core and nothing else running, best of three
     * rounds of 20 checks per thread: the most any server could sign in on these cores, whatever its code.
     */
    static double hashesPerSecondOnAllCores(String password, int cores) throws Exception {
        var reference = Reference.of(password);
        double best = 0;
        try (var threads = Executors.newFixedThreadPool(cores)) {
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                var work = new ArrayList<Future<?>>();
                for (int thread = 0; thread < cores; thread++) {
                    work.add(threads.submit(() -> reference.check(CHECKS)));
                }
                for (var done : work) {
                    done.get();
                }
                best = Math.max(best, cores * CHECKS / ((System.nanoTime() - start) / 1e9));
            }
        }
        return best;
    }

    /** libargon2 with the app's parameters, and a hash of the password to check against. */
    private record Reference(Argon2 argon2, byte[] password, String hash) {

        static Reference of(String password) {
            var argon2 = Argon2Factory.create(Argon2Types.ARGON2id, 16, 32);
            var bytes = password.getBytes(StandardCharsets.UTF_8);
            return new Reference(argon2, bytes, argon2.hash(2, 19 * 1024, 1, bytes));
        }

        void check(int times) {
            for (int i = 0; i < times; i++) {
                if (!argon2.verify(hash, password)) {
                    throw new IllegalStateException("libargon2 does not verify its own hash");
                }
            }
        }
    }
}
