package com.example.authstarter.user;

/**
 * Checks a signed-in person's current password before a change to their account. The security feature
 * provides it with the same throttled check as sign-in, so the account page is no way around the limits.
 */
public interface PasswordConfirmation {

    enum Outcome {
        CONFIRMED,
        WRONG,
        /** Too many wrong passwords in a row: the account must wait before the next try, as at sign-in. */
        MUST_WAIT
    }

    Outcome confirm(String username, String password);
}
