package com.example.authstarter.user;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * Every change to an existing account, each a targeted update of its own fields with the condition under
 * which it still makes sense. Each returns whether it found the account in that state; nothing here reads a
 * whole account and writes it back. Part of {@link UserRepository}.
 */
interface UserChanges {

    /** Sets a new password hash if the account still has {@code checkedHash} and is not locked. */
    boolean changeOwnPassword(String usernameKey, String checkedHash, String newHash);

    /** Deletes the account if it still has {@code checkedHash} and is not locked. */
    boolean deleteOwn(String usernameKey, String checkedHash);

    /** Replaces a hash made with older parameters, unless the password was changed meanwhile. */
    boolean upgradePasswordHash(String usernameKey, String oldHash, String newHash);

    /** Sets a new password after a reset link, and lifts a lock that failed sign-ins put on the account. */
    boolean resetPassword(String usernameKey, String newHash);

    /** Marks the address verified, if it is still the account's address. */
    boolean markEmailVerified(String usernameKey, String email);

    /** Moves the account to a confirmed new address (verified by the confirmation itself). */
    boolean confirmEmailChange(String usernameKey, String email);

    /** Locks the account for the reason given; false if it was locked already (or does not exist). */
    boolean lock(String usernameKey, User.LockReason reason);

    /** Unlocks the account; false if it was not locked (or does not exist). */
    boolean unlock(String usernameKey);

    /** Adds the role; false if the account already had it (or does not exist). */
    boolean addRole(String usernameKey, Role role);

    /** Removes the role; false if the account did not have it (or does not exist). */
    boolean removeRole(String usernameKey, Role role);

    void setDarkMode(String usernameKey, boolean dark);

    /** Every account, a slice in the order asked for (oldest first when none). */
    Slice<User> slice(Pageable pageable);

    /** Accounts whose username or email key starts with {@code keyPrefix} (null: all), as {@link #slice}. */
    Slice<User> sliceByKeyPrefix(String keyPrefix, Pageable pageable);
}
