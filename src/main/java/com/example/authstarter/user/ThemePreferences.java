package com.example.authstarter.user;

import com.example.authstarter.base.ui.ThemePreference;
import org.springframework.stereotype.Service;

/** Keeps each user's dark-mode choice with the account, so it follows them to every device. */
@Service
class ThemePreferences implements ThemePreference {

    private final UserRepository users;

    ThemePreferences(UserRepository users) {
        this.users = users;
    }

    @Override
    public boolean prefersDark(String username) {
        return users.findByUsernameKey(UserKeys.username(username))
                .map(User::darkMode)
                .orElse(false);
    }

    @Override
    public void setDark(String username, boolean dark) {
        users.setDarkMode(UserKeys.username(username), dark);
    }
}
