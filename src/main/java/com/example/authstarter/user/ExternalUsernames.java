package com.example.authstarter.user;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A username for an account made from another provider's identity, which brings a name of its own ({@code
 * preferred_username}) or only an address: what the provider gave, made to meet {@link RegistrationRules}, and
 * variants of it when taken.
 */
final class ExternalUsernames {

    /** The variants tried: the name, then "name2" to "name9", then a few with random digits. */
    static final int ATTEMPTS = 16;

    private static final String FALLBACK = "member";

    private ExternalUsernames() {}

    /** A name that meets the rules, from {@code wanted} or else the address's local part. */
    static String base(String wanted, String email) {
        var localPart = email == null || email.indexOf('@') < 0 ? null : email.substring(0, email.indexOf('@'));
        for (var candidate : new String[] {wanted, localPart}) {
            if (candidate == null) {
                continue;
            }
            // Only the characters a username may have, none at either end, room left for a variant's digits.
            var cleaned = cut(
                            UserKeys.clean(candidate).replaceAll("[^\\p{L}\\p{N}._-]", ""),
                            RegistrationRules.USERNAME_MAX - 4)
                    .replaceAll("^[._-]+|[._-]+$", "");
            if (RegistrationRules.usernameProblem(cleaned).isEmpty()) {
                return cleaned;
            }
        }
        return FALLBACK;
    }

    /** The {@code attempt}-th name to try. */
    static String variant(String base, int attempt) {
        if (attempt == 0) {
            return base;
        }
        if (attempt < 9) {
            return base + (attempt + 1);
        }
        return base + ThreadLocalRandom.current().nextInt(1000, 10000);
    }

    private static String cut(String text, int codePoints) {
        if (text.codePointCount(0, text.length()) <= codePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, codePoints));
    }
}
