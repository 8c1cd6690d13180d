package com.example.authstarter.user;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** What signing in reads and writes of an account: its credentials, an upgraded hash, a lockout. */
@Service
public class AccountCredentials {

    private final UserRepository users;

    AccountCredentials(UserRepository users) {
        this.users = users;
    }

    /** The stored credentials for a username, matched case-insensitively. */
    public Optional<Credentials> of(String username) {
        return users.findByUsernameKey(UserKeys.username(username)).map(Credentials::of);
    }

    /**
     * Replaces a hash made with older parameters, as Spring Security asks after a successful sign-in; a
     * password changed in the meantime is left alone.
     */
    public void upgradeHash(String username, String oldHash, String newHash) {
        users.upgradePasswordHash(UserKeys.username(username), oldHash, newHash);
    }

    /** Locks an account after too many failed sign-ins; only an administrator unlocks it. */
    public void lockOut(String username) {
        users.setLocked(UserKeys.username(username), true);
    }
}
