package com.example.authstarter.password;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How hard a password would be to guess, as zxcvbn estimates it: a score from 0 (guessed at once) to 4
 * (very hard) and a hint. The registration form's meter shows it and {@link PasswordRules} refuses what
 * it scores {@value #MIN_SCORE} or less, so the meter never calls a password weak that the form accepts.
 */
public final class PasswordStrength {

    /** The highest score still refused: fewer than about a million guesses. */
    static final int MIN_SCORE = 1;

    /**
     * Only this many characters are rated: the estimate's cost grows steeply with length (128 emoji take
     * 70-200 ms), and a password whose first 64 characters are hard to guess is hard to guess whole.
     */
    static final int RATED_CHARACTERS = 64;

    // Loading the dictionaries takes a moment; one estimator serves every form and rule.
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    /** A score from 0 to 4 and the meter's hint in the user's language (blank when it has none). */
    public record Verdict(int score, String hint) {

        public boolean acceptable() {
            return score > MIN_SCORE;
        }
    }

    private PasswordStrength() {}

    /** Rates a password; the personal words (username, email) count as easy to guess. */
    public static Verdict of(String password, List<String> personalWords, Locale locale) {
        var strength = ZXCVBN.measure(
                password, personalWords.stream().filter(Objects::nonNull).toList());
        // zxcvbn words its hints in several languages, German among them; English where it has none.
        var hint = strength.getFeedback().getWarning(locale);
        return new Verdict(strength.getScore(), hint == null ? "" : hint);
    }
}
