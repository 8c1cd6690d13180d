package com.example.authstarter.user;

/**
 * A sign-up that cannot be stored, with the field to blame and the message to show on it. Thrown for input
 * that breaks a {@link RegistrationRules} rule and for a name or email already taken.
 */
public final class RegistrationException extends RuntimeException {

    public enum Field {
        USERNAME,
        EMAIL,
        PASSWORD,
        REPEAT_PASSWORD
    }

    private final Field field;
    private final Problem problem;

    RegistrationException(Field field, Problem problem) {
        super(problem.key());
        this.field = field;
        this.problem = problem;
    }

    public Field field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }
}
