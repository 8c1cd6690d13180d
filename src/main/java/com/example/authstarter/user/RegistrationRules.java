package com.example.authstarter.user;

import com.example.authstarter.base.Problem;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules a username and an email address must meet, each giving the problem a person is shown when it is
 * broken. The registration form shows them as the user types, and the services apply them again, so the rules
 * live here and nowhere else. The password's rules are {@code password.PasswordRules}.
 */
public final class RegistrationRules {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 32;
    public static final int EMAIL_MAX = 254;

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
}
