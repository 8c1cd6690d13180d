package com.example.authstarter.security;

import com.example.authstarter.user.AccountCredentials;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Looks accounts up for Spring Security's sign-in, and stores upgraded hashes it hands back. Deliberately
 * not a bean: Spring Security would build a second, unthrottled password check from any
 * {@link UserDetailsService} bean it finds (see {@link SecurityConfiguration}).
 */
final class AccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountCredentials credentials;
    private final SignInSettings settings;

    AccountDetailsService(AccountCredentials credentials, SignInSettings settings) {
        this.credentials = credentials;
        this.settings = settings;
    }

    /**
     * The account named by a username or an email address. An account that must verify its address first
     * is disabled, which Spring Security checks only after the password.
     */
    @Override
    public UserDetails loadUserByUsername(String usernameOrEmail) {
        return credentials
                .of(usernameOrEmail)
                .map(account -> User.withUsername(account.username())
                        .password(account.passwordHash())
                        .authorities(account.roles().stream()
                                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                                .toList())
                        .accountLocked(account.locked())
                        .disabled(settings.requireVerifiedEmail() && !account.emailVerified())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        credentials.upgradeHash(user.getUsername(), user.getPassword(), newPassword);
        return User.withUserDetails(user).password(newPassword).build();
    }
}
