package com.example.authstarter.user;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalized keys under which names and emails are unique. NFKC folds look-alike forms (full-width
 * letters, ligatures) to one spelling and lower-casing makes the match case-insensitive, so no one can
 * register a second "Alice" that reads the same as the first.
 */
public final class UserKeys {

    private UserKeys() {}

    /**
     * The key of a username exactly as given. White space is not removed here: sign-up stores the
     * {@link #clean} form, and sign-in must not match " alice" to "alice".
     */
    public static String username(String username) {
        return fold(username);
    }

    public static String email(String email) {
        return fold(email);
    }

    /** The form a name or email is stored and shown in: NFKC, without surrounding white space. */
    public static String clean(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
