package com.example.authstarter.password;

import com.example.authstarter.base.Problem;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules a new password must meet, each giving the problem a person is shown when it is broken: at sign-up,
 * in a change and in a reset. Forms show them as the person types; {@link NewPasswords} applies them again,
 * with the one rule that needs the network. Add or change a password rule here.
 *
 * <p>NIST 800-63B rev 4: a length range, a block list and no composition rules (they push people to
 * "Password1!" rather than to long passphrases). Blocked are the personal words, the common-password list, and
 * what the strength estimate guesses quickly ("aaaaaaaaaaaa", "p@ssword1234").
 */
public final class PasswordRules {

    public static final int MIN = 12;
    public static final int MAX = 128;

    /** Shorter personal words would forbid half the dictionary ("al" in "always"); usernames have at least 3. */
    private static final int SHORTEST_PERSONAL_WORD = 3;

    private PasswordRules() {}

    /** The problem with {@code password} for the account of {@code username} and {@code email} (either may be null). */
    public static Optional<Problem> problem(String password, String username, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Problem.of("rule.password.required"));
        }
        var normalized = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < MIN || length > MAX) {
            return Optional.of(Problem.of("rule.password.length", MIN, MAX));
        }
        var folded = normalized.toLowerCase(Locale.ROOT);
        if (containsPersonal(folded, username)
                || containsPersonal(folded, email)
                || containsPersonal(folded, localPart(email))) {
            return Optional.of(Problem.of("rule.password.personal"));
        }
        if (CommonPasswords.contains(normalized)) {
            return Optional.of(Problem.of("rule.password.common"));
        }
        // A list that may hold nulls: either personal word may be missing yet.
        if (!PasswordStrength.of(normalized, Arrays.asList(username, email), Locale.ROOT)
                .acceptable()) {
            return Optional.of(Problem.of("rule.password.guessable"));
        }
        return Optional.empty();
    }

    /** The problem with the repeated password: missing, or not the same. */
    public static Optional<Problem> repeatProblem(String password, String repeat) {
        if (repeat == null || repeat.isEmpty()) {
            return Optional.of(Problem.of("rule.repeat.required"));
        }
        if (!repeat.equals(password)) {
            return Optional.of(Problem.of("rule.repeat.mismatch"));
        }
        return Optional.empty();
    }

    private static boolean containsPersonal(String foldedPassword, String personal) {
        if (personal == null) {
            return false;
        }
        // Folded as account names and addresses are (user.UserKeys: NFKC, stripped, lower case), so "Alice" and
        // "ａｌｉｃｅ" count as "alice"; the user feature builds on this one, so the two lines cannot be one.
        var word = Normalizer.normalize(personal, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return word.length() >= SHORTEST_PERSONAL_WORD && foldedPassword.contains(word);
    }

    private static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at > 0 ? email.substring(0, at) : null;
    }
}
