package com.example.authstarter.password;

import com.sun.jna.Callback;
import com.sun.jna.CallbackReference;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import de.mkammerer.argon2.jna.Argon2Library;
import de.mkammerer.argon2.jna.Argon2_context;
import de.mkammerer.argon2.jna.Argon2_version;
import de.mkammerer.argon2.jna.JnaUint32;
import de.mkammerer.argon2.jna.Size_t;

/**
 * Argon2id in the reference C library (libargon2, which argon2-jvm ships for Linux, macOS and Windows and calls
 * through JNA), computed in a block of native memory this slot allocated once. Left to itself libargon2 takes
 * its 19 MiB with {@code malloc} on whichever thread hashes; glibc keeps an arena per thread and the freed
 * blocks stay resident, so the process grew with the number of request threads (585 MiB after 8 clients, 914
 * MiB after 32, and killed in a 512 MiB container). Here libargon2 is handed this slot's block through its
 * allocation callbacks ({@code argon2_context.allocate_cbk}), and wipes it after each hash as it always does.
 */
final class NativeArgon2id implements HashingSlot {

    private static final int OK = 0;
    private static final int MEMORY_ALLOCATION_ERROR = -22;
    private static final int VERSION = 0x13;
    private static final long BYTES_PER_KIB = 1024;

    /** libargon2's {@code int (*allocate_fptr)(uint8_t **memory, size_t bytes_to_allocate)}. */
    public interface Allocate extends Callback {
        int invoke(Pointer memory, Size_t bytes);
    }

    /** libargon2's {@code void (*deallocate_fptr)(uint8_t *memory, size_t bytes_to_allocate)}. */
    public interface Release extends Callback {
        void invoke(Pointer memory, Size_t bytes);
    }

    private Memory block;
    private int handedOut;
    // Held in fields: JNA forgets a callback whose Java object is collected.
    private final Allocate allocate = this::handOutBlock;
    private final Release release = (memory, bytes) -> {
        // The block stays with the slot for the next hash; libargon2 has already wiped it.
    };
    /** The callbacks as native function pointers, made once for every hash of the slot. */
    private final Pointer allocatePointer = CallbackReference.getFunctionPointer(allocate);

    private final Pointer releasePointer = CallbackReference.getFunctionPointer(release);

    NativeArgon2id(int memoryKib) {
        this.block = new Memory(memoryKib * BYTES_PER_KIB);
    }

    /**
     * Loads libargon2, so a library that cannot load (an unsupported platform, a {@code noexec} temp folder)
     * fails at start-up and not at somebody's sign-in.
     *
     * @throws LinkageError when the native library cannot be loaded
     */
    static void load() {
        Argon2Library.INSTANCE.argon2_error_message(OK);
    }

    @Override
    public byte[] hash(byte[] password, byte[] salt, Argon2idCost cost, int hashBytes) {
        long needed = (long) Math.max(cost.memoryKib(), 8 * cost.parallelism()) * BYTES_PER_KIB;
        if (block.size() < needed) {
            block.close();
            block = new Memory(needed);
        }
        try (var pwd = new Memory(Math.max(1, password.length));
                var saltMemory = new Memory(salt.length);
                var out = new Memory(hashBytes)) {
            pwd.write(0, password, 0, password.length);
            saltMemory.write(0, salt, 0, salt.length);
            var context = new Argon2_context.ByReference();
            context.out = out;
            context.outlen = new JnaUint32(hashBytes);
            context.pwd = pwd;
            context.pwdlen = new JnaUint32(password.length);
            context.salt = saltMemory;
            context.saltlen = new JnaUint32(salt.length);
            context.secretlen = new JnaUint32(0);
            context.adlen = new JnaUint32(0);
            context.t_cost = new JnaUint32(cost.iterations());
            context.m_cost = new JnaUint32(cost.memoryKib());
            context.lanes = new JnaUint32(cost.parallelism());
            context.threads = new JnaUint32(1); // lanes one after the other: no threads of libargon2's own
            context.version = new Argon2_version(VERSION);
            context.allocate_cbk = allocatePointer;
            context.free_cbk = releasePointer;
            context.flags = new JnaUint32(0);
            int result;
            try {
                result = Argon2Library.INSTANCE.argon2id_ctx(context);
            } finally {
                pwd.clear();
            }
            if (result != OK) {
                throw new IllegalStateException("libargon2: " + Argon2Library.INSTANCE.argon2_error_message(result));
            }
            return out.getByteArray(0, hashBytes);
        }
    }

    private int handOutBlock(Pointer memory, Size_t bytes) {
        if (bytes.longValue() > block.size()) {
            return MEMORY_ALLOCATION_ERROR;
        }
        memory.setPointer(0, block);
        handedOut++;
        return OK;
    }

    /** Native memory the block took, for tests. */
    long blockBytes() {
        return block.size();
    }

    /** How often libargon2 took this slot's block, for tests: once per hash, or it allocated its own. */
    int handedOut() {
        return handedOut;
    }
}
