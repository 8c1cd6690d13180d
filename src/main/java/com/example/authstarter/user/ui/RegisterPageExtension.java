package com.example.authstarter.user.ui;

/**
 * Another way to sign up that a feature adds to the registration page (signing in with another provider makes
 * an account too), so the page knows no feature and a feature is taken out with its package.
 */
public interface RegisterPageExtension {

    /** Adds this feature's part to {@code page} as the page is made. */
    void extend(RegisterView page);
}
