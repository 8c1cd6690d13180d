package com.example.authstarter.security;

import com.example.authstarter.user.UserService;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks accounts up for Spring Security's sign-in, and stores upgraded hashes it hands back. */
@Service
class AccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserService users;

    AccountDetailsService(UserService users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.credentials(username)
                .map(credentials -> User.withUsername(credentials.username())
                        .password(credentials.passwordHash())
                        .authorities(credentials.roles().stream()
                                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                                .toList())
                        .accountLocked(credentials.locked())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        users.replacePasswordHash(user.getUsername(), newPassword);
        return User.withUserDetails(user).password(newPassword).build();
    }
}
