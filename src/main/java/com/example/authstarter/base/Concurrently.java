package com.example.authstarter.base;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Runs a request's independent database reads at the same time instead of one after the other. Each read is
 * a round trip to MongoDB, and a sign-in made six of them in a row around its password hash; those that do
 * not need each other's answer overlap, so the sign-in waits for the slowest instead of their sum.
 */
public final class Concurrently {

    /** Virtual threads: a read spends its time waiting on the network, not on a core. */
    private static final Executor READS = Executors.newVirtualThreadPerTaskExecutor();

    private Concurrently() {}

    /** Starts {@code read} now; {@link Pending#join()} waits for its answer. */
    public static <T> Pending<T> start(Supplier<T> read) {
        return new Pending<>(CompletableFuture.supplyAsync(read, READS));
    }

    /** A read under way. */
    public static final class Pending<T> {

        private final CompletableFuture<T> work;

        private Pending(CompletableFuture<T> work) {
            this.work = work;
        }

        /**
         * The read's answer, or the exception it threw, as it threw it: a caller that handles a database
         * failure of a read made in line handles it the same way here.
         */
        public T join() {
            try {
                return work.get();
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (failed.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(failed.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                work.cancel(true);
                throw new IllegalStateException("Interrupted while waiting for a database read", e);
            }
        }
    }
}
