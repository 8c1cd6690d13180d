package com.example.authstarter.user;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The changes people make to their own account once they have confirmed it is them (see {@code
 * account.AccountService}). Each holds only on the account as it was confirmed: while its password hash is
 * still the one checked and no lock came in meanwhile, so a password changed elsewhere, or an administrator's
 * lock, wins over a change begun before it.
 */
@Service
public class OwnAccount {

    private final UserRepository users;
    private final ApplicationEventPublisher events;

    OwnAccount(UserRepository users, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
    }

    /**
     * Sets a new password hash; every other session and remembered device of the account is then signed out.
     *
     * @param checkedHash the hash the current password was confirmed against
     * @param keepSessionId the session the change was made in, which stays signed in
     * @return false when the account has another hash by now, or is locked (nothing changed)
     */
    public boolean changePassword(String username, String checkedHash, String newHash, String keepSessionId) {
        if (!users.changeOwnPassword(UserKeys.username(username), checkedHash, newHash)) {
            return false;
        }
        events.publishEvent(new AccountEvents.PasswordChanged(username, keepSessionId));
        return true;
    }

    /**
     * Deletes the account; listeners remove what else belongs to it (devices, sessions, its audit trail).
     *
     * @return false when the account has another hash by now, or is locked (nothing changed)
     */
    public boolean delete(String username, String checkedHash) {
        if (!users.deleteOwn(UserKeys.username(username), checkedHash)) {
            return false;
        }
        events.publishEvent(new AccountEvents.AccountDeleted(username));
        return true;
    }

    /** Whether the account is locked now (an absent account is not). */
    public boolean isLocked(String username) {
        return users.findByUsernameKey(UserKeys.username(username))
                .map(User::locked)
                .orElse(false);
    }
}
