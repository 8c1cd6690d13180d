package com.example.authstarter.password;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The common passwords NIST 800-63B says to refuse: the whole frequency-ordered list (30,000 entries) that
 * ships inside zxcvbn4j, the library behind the strength meter. It is the list the meter matches when it
 * calls a password "very common", so the app carries no second copy and the two never disagree. It is
 * lower-case, and so is the comparison.
 */
final class CommonPasswords {

    private static final String RESOURCE =
            "/com/nulabinc/zxcvbn/matchers/dictionaries/" + StandardDictionaries.PASSWORDS + ".txt";
    private static final List<String> LIST = load();
    private static final Set<String> PASSWORDS = Set.copyOf(LIST);

    private CommonPasswords() {}

    static boolean contains(String password) {
        return PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    /** The list in its order, most common first. */
    static List<String> all() {
        return LIST;
    }

    private static List<String> load() {
        try (var in = Objects.requireNonNull(
                        StandardDictionaries.class.getResourceAsStream(RESOURCE), "zxcvbn4j lacks " + RESOURCE);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            var seen = new HashSet<String>();
            return reader.lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .filter(seen::add)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the common-password list " + RESOURCE, e);
        }
    }
}
