package com.example.authstarter.user;

/** A change to one's own account that cannot be made, with the field to blame and the message to show. */
public final class AccountChangeException extends RuntimeException {

    public enum Field {
        CURRENT_PASSWORD,
        NEW_PASSWORD,
        REPEAT_PASSWORD,
        EMAIL
    }

    private final Field field;
    private final Problem problem;

    AccountChangeException(Field field, Problem problem) {
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
