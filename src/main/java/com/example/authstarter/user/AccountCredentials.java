package com.example.authstarter.user;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * What signing in reads and writes of an account: its credentials, in Spring Security's shape too, an upgraded
 * hash, a lock-out, a proven address.
 *
 * <p>It offers {@link #details} and {@link #upgradeHash} in the shape of Spring Security's {@code
 * UserDetailsService} and {@code UserDetailsPasswordService} without implementing them: Spring Security would
 * build a second, unthrottled password check from any such bean it finds (see {@code signin}).
 */
@Service
public class AccountCredentials {

    private final UserRepository users;
    private final EmailVerificationSettings settings;
    private final ApplicationEventPublisher events;

    AccountCredentials(UserRepository users, EmailVerificationSettings settings, ApplicationEventPublisher events) {
        this.users = users;
        this.settings = settings;
        this.events = events;
    }

    /** The stored credentials for a username or an email address, either matched case-insensitively. */
    public Optional<Credentials> of(String usernameOrEmail) {
        return users.findByNameOrEmail(usernameOrEmail).map(Credentials::of);
    }

    /**
     * The account named by a username or an email address, as Spring Security's sign-in sees it. An account that
     * must verify its address first is disabled, which Spring Security checks only after the password.
     *
     * @throws UsernameNotFoundException when no account matches
     */
    public UserDetails details(String usernameOrEmail) {
        return of(usernameOrEmail)
                .map(account -> org.springframework.security.core.userdetails.User.withUsername(account.username())
                        .password(account.passwordHash())
                        .authorities(account.roles().stream()
                                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                                .toList())
                        .accountLocked(account.locked())
                        .disabled(settings.requireVerifiedEmail() && !account.emailVerified())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    /**
     * Replaces a hash made with older parameters, as Spring Security asks after a successful sign-in; a
     * password changed in the meantime is left alone.
     */
    public UserDetails upgradeHash(UserDetails account, String newHash) {
        users.upgradePasswordHash(UserKeys.username(account.getUsername()), account.getPassword(), newHash);
        return org.springframework.security.core.userdetails.User.withUserDetails(account)
                .password(newHash)
                .build();
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
     * Locks an account after too many failed sign-ins, the last from {@code clientAddress}; resetting the
     * password or an administrator unlocks it.
     */
    public void lockOut(String username, String clientAddress) {
        if (users.lock(UserKeys.username(username), User.LockReason.FAILED_SIGN_INS)) {
            events.publishEvent(new AccountEvents.LockedOut(username, clientAddress));
        }
    }

    /** Marks the address verified, if it is still the account's: a link sent there was opened. */
    public void emailProven(String username, String email) {
        if (users.markEmailVerified(UserKeys.username(username), email)) {
            events.publishEvent(new AccountEvents.EmailVerified(username));
        }
    }
}
