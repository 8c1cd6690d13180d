package com.example.authstarter.password;

import java.util.Arrays;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * Argon2id (RFC 9106, version 0x13) in Java, computed in one block of memory that this slot owns and reuses:
 * BouncyCastle's generator allocates a fresh 19 MiB of {@code Block} objects for every hash, which with a small
 * heap keeps the collector busy and lets memory grow with the number of requests. Here the memory is one
 * {@code long[]} per slot, grown only for a stored hash of a higher cost and wiped after every hash. The result
 * is the same as libargon2's and BouncyCastle's (tests compare all three).
 */
final class JavaArgon2id implements HashingSlot {

    private static final int BLOCK_LONGS = 128;
    private static final int SYNC_POINTS = 4;
    private static final int VERSION = 0x13;
    private static final int TYPE_ID = 2;

    private long[] memory;
    private final long[] r = new long[BLOCK_LONGS];
    private final long[] z = new long[BLOCK_LONGS];
    private final long[] addresses = new long[BLOCK_LONGS];
    private final long[] input = new long[BLOCK_LONGS];
    private final long[] zero = new long[BLOCK_LONGS];

    JavaArgon2id(int memoryKib) {
        this.memory = new long[memoryKib * BLOCK_LONGS];
    }

    @Override
    public byte[] hash(byte[] password, byte[] salt, Argon2idCost cost, int hashBytes) {
        int lanes = cost.parallelism();
        int blocks =
                Math.max(cost.memoryKib(), 2 * SYNC_POINTS * lanes) / (SYNC_POINTS * lanes) * (SYNC_POINTS * lanes);
        if (memory.length < blocks * BLOCK_LONGS) {
            memory = new long[blocks * BLOCK_LONGS];
        }
        var geometry = new Geometry(lanes, blocks / lanes, blocks / lanes / SYNC_POINTS, blocks, cost.iterations());
        try {
            byte[] h0 = initialHash(password, salt, cost, hashBytes);
            for (int lane = 0; lane < lanes; lane++) {
                for (int i = 0; i < 2; i++) {
                    byte[] seed = Arrays.copyOf(h0, h0.length + 8);
                    intLe(seed, h0.length, i);
                    intLe(seed, h0.length + 4, lane);
                    readBlock(variableHash(seed, 1024), lane * geometry.laneLength() + i);
                }
            }
            for (int pass = 0; pass < cost.iterations(); pass++) {
                for (int slice = 0; slice < SYNC_POINTS; slice++) {
                    for (int lane = 0; lane < lanes; lane++) {
                        fillSegment(geometry, pass, slice, lane);
                    }
                }
            }
            int last = geometry.laneLength() - 1;
            System.arraycopy(memory, last * BLOCK_LONGS, r, 0, BLOCK_LONGS);
            for (int lane = 1; lane < lanes; lane++) {
                xorInto(r, memory, (lane * geometry.laneLength() + last) * BLOCK_LONGS);
            }
            byte[] finalBlock = new byte[1024];
            for (int i = 0; i < BLOCK_LONGS; i++) {
                longLe(finalBlock, i * 8, r[i]);
            }
            return variableHash(finalBlock, hashBytes);
        } finally {
            // What the password was mixed into does not stay in memory between hashes.
            Arrays.fill(memory, 0, blocks * BLOCK_LONGS, 0L);
            Arrays.fill(r, 0L);
            Arrays.fill(z, 0L);
        }
    }

    /** True when no word of the memory holds anything of the last hash, for tests. */
    boolean memoryIsWiped() {
        return Arrays.stream(memory).allMatch(word -> word == 0)
                && Arrays.stream(r).allMatch(word -> word == 0);
    }

    /** The shape of the memory for one hash: lanes of {@code laneLength} blocks, each in four segments. */
    private record Geometry(int lanes, int laneLength, int segmentLength, int blocks, int passes) {}

    private void fillSegment(Geometry g, int pass, int slice, int lane) {
        boolean independent = pass == 0 && slice < SYNC_POINTS / 2;
        if (independent) {
            Arrays.fill(input, 0L);
            input[0] = pass;
            input[1] = lane;
            input[2] = slice;
            input[3] = g.blocks();
            input[4] = g.passes();
            input[5] = TYPE_ID;
        }
        int start = 0;
        if (pass == 0 && slice == 0) {
            start = 2;
            if (independent) {
                nextAddresses();
            }
        }
        int current = lane * g.laneLength() + slice * g.segmentLength() + start;
        int previous = current % g.laneLength() == 0 ? current + g.laneLength() - 1 : current - 1;
        for (int i = start; i < g.segmentLength(); i++, current++, previous++) {
            if (current % g.laneLength() == 1) {
                previous = current - 1;
            }
            long pseudoRandom;
            if (independent) {
                if (i % BLOCK_LONGS == 0) {
                    nextAddresses();
                }
                pseudoRandom = addresses[i % BLOCK_LONGS];
            } else {
                pseudoRandom = memory[previous * BLOCK_LONGS];
            }
            int refLane = (int) ((pseudoRandom >>> 32) % g.lanes());
            if (pass == 0 && slice == 0) {
                refLane = lane;
            }
            int refIndex = referenceIndex(g, pass, slice, i, pseudoRandom & 0xFFFFFFFFL, refLane == lane);
            fillBlock(
                    previous * BLOCK_LONGS,
                    (refLane * g.laneLength() + refIndex) * BLOCK_LONGS,
                    current * BLOCK_LONGS,
                    pass > 0);
        }
    }

    /** RFC 9106 3.4.1.2: which earlier block the block at {@code index} of this segment mixes in. */
    private static int referenceIndex(Geometry g, int pass, int slice, int index, long j1, boolean sameLane) {
        long areaSize;
        if (pass == 0) {
            if (slice == 0) {
                areaSize = index - 1;
            } else if (sameLane) {
                areaSize = (long) slice * g.segmentLength() + index - 1;
            } else {
                areaSize = (long) slice * g.segmentLength() + (index == 0 ? -1 : 0);
            }
        } else if (sameLane) {
            areaSize = g.laneLength() - g.segmentLength() + index - 1;
        } else {
            areaSize = g.laneLength() - g.segmentLength() + (index == 0 ? -1 : 0);
        }
        long relative = (j1 * j1) >>> 32;
        relative = areaSize - 1 - ((areaSize * relative) >>> 32);
        long startPosition = pass != 0 && slice != SYNC_POINTS - 1 ? (long) (slice + 1) * g.segmentLength() : 0;
        return (int) ((startPosition + relative) % g.laneLength());
    }

    /** The next 128 pseudo-random indexes of data-independent addressing: G(0, G(0, input)). */
    private void nextAddresses() {
        input[6]++;
        compress(zero, 0, input, 0, addresses, 0, false);
        compress(zero, 0, addresses, 0, addresses, 0, false);
    }

    private void fillBlock(int previous, int reference, int next, boolean withXor) {
        compress(memory, previous, memory, reference, memory, next, withXor);
    }

    /** The compression function G of RFC 9106 3.5: next (^)= P(x ^ y) ^ x ^ y. */
    private void compress(long[] x, int xAt, long[] y, int yAt, long[] out, int outAt, boolean withXor) {
        for (int i = 0; i < BLOCK_LONGS; i++) {
            r[i] = x[xAt + i] ^ y[yAt + i];
        }
        System.arraycopy(r, 0, z, 0, BLOCK_LONGS);
        for (int i = 0; i < 8; i++) {
            permute(z, 16 * i, 2); // the rows: sixteen words in a row
        }
        for (int i = 0; i < 8; i++) {
            permute(z, 2 * i, 16); // the columns: pairs of words, sixteen apart
        }
        for (int i = 0; i < BLOCK_LONGS; i++) {
            long value = z[i] ^ r[i];
            out[outAt + i] = withXor ? out[outAt + i] ^ value : value;
        }
    }

    /**
     * BLAKE2b's round on sixteen words of the block, taken as eight pairs: pair {@code k} starts at {@code base
     * + k * pairStep}.
     */
    private static void permute(long[] v, int base, int pairStep) {
        int v0 = base;
        int v2 = v0 + pairStep;
        int v4 = v2 + pairStep;
        int v6 = v4 + pairStep;
        int v8 = v6 + pairStep;
        int v10 = v8 + pairStep;
        int v12 = v10 + pairStep;
        int v14 = v12 + pairStep;
        mix(v, v0, v4, v8, v12);
        mix(v, v0 + 1, v4 + 1, v8 + 1, v12 + 1);
        mix(v, v2, v6, v10, v14);
        mix(v, v2 + 1, v6 + 1, v10 + 1, v14 + 1);
        mix(v, v0, v4 + 1, v10, v14 + 1);
        mix(v, v0 + 1, v6, v10 + 1, v12);
        mix(v, v2, v6 + 1, v8, v12 + 1);
        mix(v, v2 + 1, v4, v8 + 1, v14);
    }

    /** GB of RFC 9106 3.6: BLAKE2b's G with its additions hardened by a 32-bit multiplication. */
    private static void mix(long[] v, int a, int b, int c, int d) {
        v[a] = add(v[a], v[b]);
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] = add(v[c], v[d]);
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] = add(v[a], v[b]);
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] = add(v[c], v[d]);
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }

    private static long add(long x, long y) {
        return x + y + 2 * (x & 0xFFFFFFFFL) * (y & 0xFFFFFFFFL);
    }

    private static void xorInto(long[] target, long[] source, int at) {
        for (int i = 0; i < BLOCK_LONGS; i++) {
            target[i] ^= source[at + i];
        }
    }

    private void readBlock(byte[] bytes, int block) {
        for (int i = 0; i < BLOCK_LONGS; i++) {
            long value = 0;
            for (int k = 7; k >= 0; k--) {
                value = value << 8 | (bytes[i * 8 + k] & 0xFF);
            }
            memory[block * BLOCK_LONGS + i] = value;
        }
    }

    /** H0 of RFC 9106 3.2, without secret and associated data (the app uses neither). */
    private static byte[] initialHash(byte[] password, byte[] salt, Argon2idCost cost, int hashBytes) {
        var digest = new Blake2bDigest(512);
        update(digest, cost.parallelism());
        update(digest, hashBytes);
        update(digest, cost.memoryKib());
        update(digest, cost.iterations());
        update(digest, VERSION);
        update(digest, TYPE_ID);
        update(digest, password.length);
        digest.update(password, 0, password.length);
        update(digest, salt.length);
        digest.update(salt, 0, salt.length);
        update(digest, 0); // no secret
        update(digest, 0); // no associated data
        var h0 = new byte[64];
        digest.doFinal(h0, 0);
        return h0;
    }

    /** H' of RFC 9106 3.3: BLAKE2b stretched to {@code length} bytes. */
    private static byte[] variableHash(byte[] input, int length) {
        var out = new byte[length];
        var prefix = new byte[4];
        intLe(prefix, 0, length);
        if (length <= 64) {
            var digest = new Blake2bDigest(length * 8);
            digest.update(prefix, 0, 4);
            digest.update(input, 0, input.length);
            digest.doFinal(out, 0);
            return out;
        }
        var digest = new Blake2bDigest(512);
        var v = new byte[64];
        digest.update(prefix, 0, 4);
        digest.update(input, 0, input.length);
        digest.doFinal(v, 0);
        int written = 0;
        System.arraycopy(v, 0, out, written, 32);
        written += 32;
        while (length - written > 64) {
            digest.update(v, 0, 64);
            digest.doFinal(v, 0);
            System.arraycopy(v, 0, out, written, 32);
            written += 32;
        }
        var tail = new Blake2bDigest((length - written) * 8);
        tail.update(v, 0, 64);
        tail.doFinal(out, written);
        return out;
    }

    private static void update(Blake2bDigest digest, int value) {
        var bytes = new byte[4];
        intLe(bytes, 0, value);
        digest.update(bytes, 0, 4);
    }

    private static void intLe(byte[] bytes, int at, int value) {
        for (int i = 0; i < 4; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }

    private static void longLe(byte[] bytes, int at, long value) {
        for (int i = 0; i < 8; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
