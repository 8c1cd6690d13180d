package com.example.authstarter.external;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * The account signed in with another provider, as the rest of the app sees any account: a {@link UserDetails}
 * named by the account's username, with its roles and the factor that proved it. It is an {@link OAuth2User} too,
 * because Spring Security's OAuth2 login keeps its principal as one; the provider's attributes stay with it.
 */
class ExternalUser implements OAuth2User, UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private final Set<GrantedAuthority> authorities;
    private final Map<String, Object> attributes;

    ExternalUser(String username, Set<GrantedAuthority> authorities, Map<String, Object> attributes) {
        this.username = username;
        this.authorities = Set.copyOf(authorities);
        // Providers send null values (GitHub's private address): kept as given, which Map.copyOf would refuse.
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** No password comes with this sign-in. */
    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    @Override
    public String toString() {
        return "ExternalUser[" + username + "]";
    }
}
