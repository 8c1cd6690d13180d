package com.example.authstarter.password;

/**
 * One place where a password hash runs, with the memory Argon2id needs allocated once and reused for every hash
 * it computes. The encoder holds a fixed number of them, so the memory hashing takes is bounded by that number,
 * whatever the number of requests or threads. A slot is used by one thread at a time.
 */
interface HashingSlot {

    /** The raw Argon2id hash of {@code password} with {@code salt} at {@code cost}, {@code hashBytes} long. */
    byte[] hash(byte[] password, byte[] salt, Argon2idCost cost, int hashBytes);
}
