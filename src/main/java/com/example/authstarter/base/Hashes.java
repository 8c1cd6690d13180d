package com.example.authstarter.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * SHA-256 of secrets that are stored only as their hash: tokens in links, remembered devices' tokens, recovery
 * codes. Each kind keeps the spelling it was first stored in (hex or base64url), or stored hashes would stop
 * matching.
 */
public final class Hashes {

    private Hashes() {}

    /** The SHA-256 of the text's UTF-8 bytes, in lower-case hex. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    /** The SHA-256 of the text's UTF-8 bytes, in unpadded base64url. */
    public static String sha256Base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(text));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException("SHA-256 is part of every JDK", everyJdkHasIt);
        }
    }
}
