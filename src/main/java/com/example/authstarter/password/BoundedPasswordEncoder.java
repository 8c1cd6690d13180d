package com.example.authstarter.password;

import com.example.authstarter.base.ServerBusyException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets at most a fixed number of password hashes run at once. Each Argon2id hash holds 19 MiB and a core
 * for a few dozen milliseconds, so a burst of sign-ins must queue rather than exhaust memory and CPU; a
 * caller that cannot get a slot within the wait is told the server is busy.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore slots;
    private final Duration maxWait;

    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrentHashes, Duration maxWait) {
        this.delegate = delegate;
        this.slots = new Semaphore(concurrentHashes, true);
        this.maxWait = maxWait;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return inSlot(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return inSlot(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T inSlot(Supplier<T> hashing) {
        try {
            if (!slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ServerBusyException("All password-hashing slots stayed busy for " + maxWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerBusyException("Interrupted while waiting for a password-hashing slot");
        }
        try {
            return hashing.get();
        } finally {
            slots.release();
        }
    }
}
