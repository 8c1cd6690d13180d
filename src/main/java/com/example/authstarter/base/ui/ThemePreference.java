package com.example.authstarter.base.ui;

/**
 * Where the main layout keeps a user's light or dark choice. A feature provides it (the user feature keeps
 * it with the account), so the layout itself depends on no feature.
 */
public interface ThemePreference {

    boolean prefersDark(String username);

    void setDark(String username, boolean dark);
}
