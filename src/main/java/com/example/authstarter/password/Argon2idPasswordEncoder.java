package com.example.authstarter.password;

import com.example.authstarter.base.ServerBusyException;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes and checks passwords with Argon2id in a fixed set of {@link HashingSlot}s. Each hash holds 19 MiB and a
 * core for a few dozen milliseconds, so a burst of sign-ins queues for a slot rather than exhausting memory and
 * CPU: a caller that finds no slot within the wait, or comes while memory is short, is told the server is busy
 * (and the sign-in page says so, with Retry-After at HTTP level). The stored strings are the PHC format of
 * libargon2 and of Spring's {@code Argon2PasswordEncoder}, so hashes written before by either still verify.
 */
final class Argon2idPasswordEncoder implements PasswordEncoder {

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private final BlockingQueue<HashingSlot> slots;
    private final Argon2idCost cost;
    private final Duration maxWait;
    private final BooleanSupplier memoryIsShort;
    private final Timer hashTime;
    private final SecureRandom random = new SecureRandom();

    Argon2idPasswordEncoder(
            List<HashingSlot> slots,
            Argon2idCost cost,
            Duration maxWait,
            BooleanSupplier memoryIsShort,
            Timer hashTime) {
        this.slots = new ArrayBlockingQueue<>(slots.size(), true, slots);
        this.cost = cost;
        this.maxWait = maxWait;
        this.memoryIsShort = memoryIsShort;
        this.hashTime = hashTime;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        var salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new Argon2idHash(cost, salt, hash(rawPassword, salt, cost, HASH_BYTES)).encoded();
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        var stored = Argon2idHash.parse(encodedPassword);
        if (stored.isEmpty()) {
            return false;
        }
        var expected = stored.get();
        var actual = hash(rawPassword, expected.salt(), expected.cost(), expected.hash().length);
        return MessageDigest.isEqual(actual, expected.hash());
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return Argon2idHash.parse(encodedPassword)
                .map(stored -> stored.cost().weakerThan(cost))
                .orElse(false);
    }

    private byte[] hash(CharSequence rawPassword, byte[] salt, Argon2idCost at, int hashBytes) {
        var slot = takeSlot();
        // The bytes Spring's encoder hashed too: without them being equal, no stored hash would verify.
        var password = rawPassword.toString().getBytes(StandardCharsets.UTF_8);
        try {
            // The hash alone, not the wait for a slot: what a JVM or library update would slow down.
            return hashTime.record(() -> slot.hash(password, salt, at, hashBytes));
        } finally {
            Arrays.fill(password, (byte) 0);
            slots.add(slot);
        }
    }

    private HashingSlot takeSlot() {
        if (memoryIsShort.getAsBoolean()) {
            throw new ServerBusyException("Memory is short: no new password hash until it is freed");
        }
        try {
            var slot = slots.poll(maxWait.toMillis(), TimeUnit.MILLISECONDS);
            if (slot == null) {
                throw new ServerBusyException("All password-hashing slots stayed busy for " + maxWait);
            }
            return slot;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerBusyException("Interrupted while waiting for a password-hashing slot");
        }
    }
}
