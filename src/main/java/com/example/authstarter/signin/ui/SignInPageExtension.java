package com.example.authstarter.signin.ui;

/**
 * Another way in that a feature adds to the sign-in page (a passkey button, a link to "email me a sign-in link"),
 * so the page knows no feature beyond the password and a feature is taken out with its package.
 */
public interface SignInPageExtension {

    /** Adds this feature's part to {@code page} as the page is made. */
    void extend(SignInView page);
}
