package com.example.authstarter.reauth.ui;

/**
 * A way besides the password to confirm it is you, offered by the feature that has it (an authenticator code,
 * a passkey): it adds itself to the dialog of a person who has it set up.
 */
public interface ConfirmationWay {

    /** Adds this way to {@code dialog} when its person has it; nothing otherwise. */
    void offerIn(ConfirmationDialog dialog);
}
