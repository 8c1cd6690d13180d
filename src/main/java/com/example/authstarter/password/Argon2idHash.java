package com.example.authstarter.password;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stored Argon2id hash in the PHC string format that libargon2 and Spring's {@code Argon2PasswordEncoder} both
 * write: {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, salt and hash in unpadded Base64.
 *
 * @param cost what the hash cost to compute
 * @param salt the random salt
 * @param hash the hash itself
 */
record Argon2idHash(Argon2idCost cost, byte[] salt, byte[] hash) {

    private static final Pattern FORMAT = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,9}),t=(\\d{1,6}),p=(\\d{1,3})\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{11,})");
    /** A stored hash that asks for more memory than this is refused rather than allocated (1 GiB). */
    static final int MAX_MEMORY_KIB = 1 << 20;

    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

    /**
     * Reads a stored hash; empty for anything else (another algorithm, another version, a damaged string), which
     * then matches no password.
     */
    static Optional<Argon2idHash> parse(String encoded) {
        if (encoded == null) {
            return Optional.empty();
        }
        var parts = FORMAT.matcher(encoded);
        if (!parts.matches()) {
            return Optional.empty();
        }
        var cost = new Argon2idCost(
                Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(3)));
        if (cost.iterations() < 1
                || cost.parallelism() < 1
                || cost.memoryKib() < 8 * cost.parallelism()
                || cost.memoryKib() > MAX_MEMORY_KIB) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Argon2idHash(
                    cost,
                    Base64.getDecoder().decode(parts.group(4)),
                    Base64.getDecoder().decode(parts.group(5))));
        } catch (IllegalArgumentException notBase64) {
            // A length Base64 cannot have: a damaged string, refused like any other.
            return Optional.empty();
        }
    }

    /** The PHC string, as stored. */
    String encoded() {
        return "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism() + "$"
                + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }
}
