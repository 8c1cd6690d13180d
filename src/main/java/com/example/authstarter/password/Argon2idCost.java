package com.example.authstarter.password;

/**
 * What one Argon2id hash costs: memory in KiB, passes over it, and lanes.
 *
 * @param memoryKib the memory in KiB (19,456 at OWASP's minimum)
 * @param iterations passes over the memory
 * @param parallelism lanes (computed one after the other here)
 */
record Argon2idCost(int memoryKib, int iterations, int parallelism) {

    /** True when a hash at this cost is cheaper, in memory or time, than one at {@code current}. */
    boolean weakerThan(Argon2idCost current) {
        return memoryKib < current.memoryKib || iterations < current.iterations;
    }
}
