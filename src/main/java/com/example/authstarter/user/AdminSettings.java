package com.example.authstarter.user;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the first administrator comes from. There is no built-in password: either the configuration names
 * an account and its password comes from the environment ({@code APP_ADMIN_PASSWORD}), or the first person
 * to sign up becomes administrator ({@code APP_ADMIN_FIRST_SIGN_UP=true}, for a fresh private install only).
 *
 * @param username the administrator's username; the account is made at start-up if missing
 * @param email the administrator's email, for a new account
 * @param password the initial password, only from the environment; ignored when the account exists
 * @param firstSignUp whether the first account that signs up gets the administrator role
 */
@ConfigurationProperties("app.admin")
public record AdminSettings(
        String username,
        String email,
        String password,
        @DefaultValue("false") boolean firstSignUp) {

    // Configuration leaves unset values blank, so blank counts as unset throughout.
    boolean namesAnAdmin() {
        return username != null && !username.isBlank();
    }

    @Override
    public String toString() {
        return "AdminSettings[username=" + username + ", email=" + email + ", firstSignUp=" + firstSignUp + "]";
    }
}
