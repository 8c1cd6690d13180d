package com.example.authstarter.user;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;

/**
 * What administrators may do to accounts, and the one place that grants the administrator role (also at
 * start-up and to the first sign-up). Each change sets only its own field and is announced, so the audit log
 * records it and the account's sessions follow. Lists are read a slice at a time with index-backed filters
 * and sorts, so they stay quick with a million accounts.
 */
@Service
public class UserAdministration {

    public static final String CANNOT_DEMOTE_SELF = "rule.admin.cannot-demote-self";

    private final UserRepository users;
    private final ApplicationEventPublisher events;

    UserAdministration(UserRepository users, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
    }

    /**
     * Accounts whose username or email starts with {@code filter} (any case; blank: all), in the order the
     * page asks for: {@link User#USERNAME_KEY}, {@link User#EMAIL_KEY} or {@link User#CREATED_AT}.
     */
    public Slice<UserSummary> search(String filter, Pageable pageable) {
        var prefix = filter == null || filter.isBlank() ? null : UserKeys.email(UserKeys.clean(filter));
        return users.sliceByKeyPrefix(prefix, pageable).map(UserSummary::of);
    }

    /** Locks an account: it is signed out everywhere and cannot sign in until unlocked. */
    public void lock(String username, String by) {
        if (users.lock(UserKeys.username(username), User.LockReason.ADMINISTRATOR)) {
            events.publishEvent(new AccountEvents.AccountLocked(username, by));
        }
    }

    /** Unlocks an account, also one locked after too many failed sign-ins, and clears its failure count. */
    public void unlock(String username, String by) {
        var key = UserKeys.username(username);
        users.unlock(key);
        // Announced even when the flag was not set: a throttled account is waiting, not locked, and the
        // administrator's unlock ends that wait too.
        if (users.existsByUsernameKey(key)) {
            events.publishEvent(new AccountEvents.AccountUnlocked(username, by));
        }
    }

    /**
     * Gives the administrator role; {@code by} names who or what granted it, for the audit log.
     *
     * @return whether the account gained the role (false: it had it already, or does not exist)
     */
    public boolean grantAdmin(String username, String by) {
        if (!users.addRole(UserKeys.username(username), Role.ADMIN)) {
            return false;
        }
        events.publishEvent(new AccountEvents.RolesChanged(username, by, true));
        return true;
    }

    /**
     * Takes the administrator role.
     *
     * @return whether the account lost the role (false: it did not have it, or does not exist)
     * @throws IllegalArgumentException when administrators try to remove their own role
     */
    public boolean revokeAdmin(String username, String by) {
        if (UserKeys.username(username).equals(UserKeys.username(by))) {
            throw new IllegalArgumentException(CANNOT_DEMOTE_SELF);
        }
        if (!users.removeRole(UserKeys.username(username), Role.ADMIN)) {
            return false;
        }
        events.publishEvent(new AccountEvents.RolesChanged(username, by, false));
        return true;
    }
}
