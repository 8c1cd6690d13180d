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

    RegistrationException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
