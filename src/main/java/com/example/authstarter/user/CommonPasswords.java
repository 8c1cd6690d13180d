package com.example.authstarter.user;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The 10,000 most common passwords, which NIST 800-63B says to refuse. The list is the head of the
 * frequency-ordered password list that ships inside zxcvbn4j (the library behind the strength meter), so
 * the app carries no second copy; it is lower-case, and so is the comparison.
 */
final class CommonPasswords {

    static final int SIZE = 10_000;

    private static final Set<String> PASSWORDS = load();

    private CommonPasswords() {}

    static boolean contains(String password) {
        return PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return PASSWORDS.size();
    }

    private static Set<String> load() {
        var resource = "/com/nulabinc/zxcvbn/matchers/dictionaries/" + StandardDictionaries.PASSWORDS + ".txt";
        try (var in = Objects.requireNonNull(
                        StandardDictionaries.class.getResourceAsStream(resource), "zxcvbn4j lacks " + resource);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            var passwords = new HashSet<String>(SIZE * 2);
            String line;
            while (passwords.size() < SIZE && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the common-password list " + resource, e);
        }
    }
}
