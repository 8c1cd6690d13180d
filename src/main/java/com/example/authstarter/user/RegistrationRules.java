package com.example.authstarter.user;

import com.example.authstarter.base.Problem;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules a sign-up must meet, each giving the problem a person is shown when it is broken. The registration
 * form shows them as the user types, and the services apply them again, so the rules live here and
 * nowhere else. Add a rule here.
 */
public final class RegistrationRules {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 32;
    public static final int EMAIL_MAX = 254;
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;

    // Letters and digits of any script, plus . _ - inside; no spaces or symbols that could pass for others.
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}._-]*[\\p{L}\\p{N}])?");
    // Deliberately simple: one @, a dot in the domain, no spaces. Deliverability is the mail server's job.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private RegistrationRules() {}

    public static Optional<Problem> usernameProblem(String raw) {
        var username = raw == null ? "" : UserKeys.clean(raw);
        if (username.isEmpty()) {
            return Optional.of(Problem.of("rule.username.required"));
        }
        int length = username.codePointCount(0, username.length());
        if (length < USERNAME_MIN || length > USERNAME_MAX) {
            return Optional.of(Problem.of("rule.username.length", USERNAME_MIN, USERNAME_MAX));
        }
        if (!USERNAME.matcher(username).matches()) {
            return Optional.of(Problem.of("rule.username.characters"));
        }
        return Optional.empty();
    }

    public static Optional<Problem> emailProblem(String raw) {
        var email = raw == null ? "" : UserKeys.clean(raw);
        if (email.isEmpty()) {
            return Optional.of(Problem.of("rule.email.required"));
        }
        if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            return Optional.of(Problem.of("rule.email.invalid"));
        }
        return Optional.empty();
    }

    /**
     * NIST 800-63B rev 4: a length range, a block list and no composition rules (they push people to
     * "Password1!" rather than to long passphrases). Blocked are the personal words, the common-password
     * list, and what the strength estimate guesses quickly ("aaaaaaaaaaaa", "p@ssword1234").
     */
    public static Optional<Problem> passwordProblem(String password, String username, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Problem.of("rule.password.required"));
        }
        var normalized = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
            return Optional.of(Problem.of("rule.password.length", PASSWORD_MIN, PASSWORD_MAX));
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

    private static boolean containsPersonal(String foldedPassword, String personal) {
        if (personal == null) {
            return false;
        }
        var key = UserKeys.email(UserKeys.clean(personal));
        // Very short names would forbid half the dictionary ("al" in "always"); the username minimum is 3.
        return key.length() >= USERNAME_MIN && foldedPassword.contains(key);
    }

    private static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at > 0 ? email.substring(0, at) : null;
    }

    public static Optional<Problem> repeatProblem(String password, String repeat) {
        if (repeat == null || repeat.isEmpty()) {
            return Optional.of(Problem.of("rule.repeat.required"));
        }
        if (!repeat.equals(password)) {
            return Optional.of(Problem.of("rule.repeat.mismatch"));
        }
        return Optional.empty();
    }
}
