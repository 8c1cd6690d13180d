package com.example.authstarter.base;

import java.util.Optional;

/**
 * Input about an account that cannot be accepted (at sign-up or in a change to one's own account), with the
 * field to blame and the problem to show on it: a broken rule, a taken name or email, a wrong current
 * password.
 */
public final class RefusedInputException extends RuntimeException {

    /** The form fields a problem can be shown on. */
    public enum Field {
        USERNAME,
        EMAIL,
        PASSWORD,
        REPEAT_PASSWORD,
        CURRENT_PASSWORD,
        /** A name other than a username: an organization's. */
        NAME,
        /** A text of a feature's own: a note. */
        TEXT
    }

    private final Field field;
    private final Problem problem;

    public RefusedInputException(Field field, Problem problem) {
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

    /** Refuses the input on {@code field} when {@code problem} names one; does nothing otherwise. */
    public static void refuseIf(Field field, Optional<Problem> problem) {
        problem.ifPresent(found -> {
            throw new RefusedInputException(field, found);
        });
    }
}
