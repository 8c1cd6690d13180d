package com.example.authstarter.user;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** What signing in reads and writes of an account: its credentials, an upgraded hash, a lockout. */
@Service
public class AccountCredentials {

    private final UserRepository users;
    private final ApplicationEventPublisher events;

    AccountCredentials(UserRepository users, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
    }

    /** The stored credentials for a username or an email address, either matched case-insensitively. */
    public Optional<Credentials> of(String usernameOrEmail) {
        return Accounts.byNameOrEmail(users, usernameOrEmail).map(Credentials::of);
    }

    /**
     * The key under which failed sign-ins are counted: the account's, whether it was named by username or
     * by email, so the two spellings share one count; for no account, what was typed.
     */
    public String throttleKey(String usernameOrEmail) {
        var typed = usernameOrEmail == null ? "" : usernameOrEmail;
        if (typed.indexOf('@') < 0) {
            return UserKeys.username(typed);
        }
        return users.findByEmailKey(UserKeys.email(UserKeys.clean(typed)))
                .map(User::usernameKey)
                .orElse(UserKeys.email(typed));
    }

    /**
     * Replaces a hash made with older parameters, as Spring Security asks after a successful sign-in; a
     * password changed in the meantime is left alone.
     */
    public void upgradeHash(String username, String oldHash, String newHash) {
        users.upgradePasswordHash(UserKeys.username(username), oldHash, newHash);
    }

    /** Locks an account after too many failed sign-ins; resetting the password or an administrator unlocks it. */
    public void lockOut(String username) {
        if (users.lock(UserKeys.username(username), User.LockReason.FAILED_SIGN_INS)) {
            events.publishEvent(new AccountEvents.LockedOut(username));
        }
    }

    /** Marks the address verified, if it is still the account's: a sign-in link sent there was opened. */
    public void emailProven(String username, String email) {
        if (users.markEmailVerified(UserKeys.username(username), email)) {
            events.publishEvent(new AccountEvents.EmailVerified(username));
        }
    }
}
