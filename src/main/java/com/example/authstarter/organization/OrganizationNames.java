package com.example.authstarter.organization;

import com.example.authstarter.base.Problem;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** What an organization's name may be, and the address (slug) made from it. */
final class OrganizationNames {

    static final int MAX = 80;
    static final int SLUG_MAX = 40;
    /** How many numbered addresses ("acme", "acme-2" … "acme-5") are tried before random ones. */
    static final int NUMBERED = 5;

    private static final SecureRandom RANDOM = new SecureRandom();
    static final Problem EMPTY = Problem.of("org.rule.name-empty");
    static final Problem TOO_LONG = Problem.of("org.rule.name-too-long", MAX);
    static final Problem CONTROL = Problem.of("org.rule.name-control");

    private OrganizationNames() {}

    static String clean(String name) {
        return name == null
                ? ""
                : Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    }

    static Optional<Problem> problem(String raw) {
        var name = clean(raw);
        if (name.isEmpty()) {
            return Optional.of(EMPTY);
        }
        if (name.length() > MAX) {
            return Optional.of(TOO_LONG);
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(CONTROL);
        }
        return Optional.empty();
    }

    /** "Müller & Söhne GmbH" → "muller-sohne-gmbh": letters and digits of the name, lower case, joined by dashes. */
    static String slug(String name) {
        var plain = Normalizer.normalize(clean(name), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > SLUG_MAX) {
            plain = plain.substring(0, SLUG_MAX).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "organization" : plain;
    }

    /**
     * The {@code attempt}th address to try: the slug, then "acme-2" to "acme-5", then "acme-" and six random
     * letters and digits, so that nobody can use up a name's addresses (names in scripts other than Latin all start
     * from "organization").
     */
    static String variant(String slug, int attempt) {
        if (attempt == 0) {
            return slug;
        }
        if (attempt < NUMBERED) {
            return slug + "-" + (attempt + 1);
        }
        var suffix = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            suffix.append(Character.forDigit(RANDOM.nextInt(36), 36));
        }
        return slug + "-" + suffix;
    }
}
