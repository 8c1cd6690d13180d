package com.example.authstarter.twostep;

import com.example.authstarter.base.Hashes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one-time codes that sign in when the phone is gone: ten codes of 10 letters and digits (50 random bits
 * each), written in two groups of five, stored only as SHA-256 hashes.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    static List<String> newCodes() {
        var codes = new ArrayList<String>();
        for (int i = 0; i < COUNT; i++) {
            var bytes = new byte[7];
            RANDOM.nextBytes(bytes);
            var text = Base32.encode(bytes).substring(0, 10).toLowerCase(Locale.ROOT);
            codes.add(text.substring(0, 5) + "-" + text.substring(5));
        }
        return codes;
    }

    static List<String> hashes(List<String> codes) {
        return codes.stream().map(RecoveryCodes::hash).toList();
    }

    /** The same for "abcde-fghij", "ABCDE FGHIJ" and "abcdefghij": people copy codes in many ways. */
    static String hash(String code) {
        return Hashes.sha256Hex(code.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", ""));
    }
}
