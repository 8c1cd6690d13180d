package com.example.authstarter.organization;

import com.example.authstarter.base.Problem;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** What an organization's name may be, and the address (slug) made from it. */
final class OrganizationNames {

    static final int MAX = 80;
    static final int SLUG_MAX = 40;
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

    /** The {@code attempt}th address to try: the slug, then "acme-2", "acme-3", … */
    static String variant(String slug, int attempt) {
        return attempt == 0 ? slug : slug + "-" + (attempt + 1);
    }
}
