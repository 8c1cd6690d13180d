package com.example.authstarter.twostep;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as every authenticator app makes them (RFC 6238 over RFC 4226): HMAC-SHA1,
 * 30-second steps, 6 digits. A code is accepted for the current step and one step either side, for a phone
 * whose clock is a little off and a code typed just as it changed.
 */
final class Totp {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    private static final int DRIFT_STEPS = 1;

    private Totp() {}

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for {@code step}, with its leading zeros. */
    static String code(byte[] secret, long step) {
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            var hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % 1_000_000);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", missing);
        }
    }

    /** The step whose code {@code typed} is, within the drift allowed around {@code now}; empty if none. */
    static OptionalLong matchingStep(byte[] secret, String typed, Instant now) {
        var digits = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!digits.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        var found = OptionalLong.empty();
        // Every step is compared, in constant time, so the time taken says nothing about which matched.
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(), digits.getBytes()) && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }
}
