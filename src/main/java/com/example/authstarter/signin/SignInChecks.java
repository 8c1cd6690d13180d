package com.example.authstarter.signin;

import com.example.authstarter.user.AccountCredentials;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * What every way of signing in shares around its own check (a password, a code, a passkey, a link).
 *
 * <p>Each check is a bean of its own, never an {@link AuthenticationProvider} bean: Spring Security would build
 * its global manager, which any code may be handed, from a lone provider bean (or from a {@code
 * UserDetailsService} bean, without the throttle). Checks become providers here, inside the managers each part
 * of the chain makes, and a database that cannot be reached leaves every one of them the same way: as the
 * service failing, never as the person's failure.
 */
public final class SignInChecks {

    private static final AccountStatusUserDetailsChecker STATUS = new AccountStatusUserDetailsChecker();

    private SignInChecks() {}

    /** A manager of one check, for attempts of {@code type}, announcing successes and failures. */
    public static <T extends Authentication> AuthenticationManager manager(
            Class<T> type, Function<T, Authentication> check, AuthenticationEventPublisher events) {
        var manager = new ProviderManager(provider(type, check));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /** The check as a provider, for a configurer that takes one (it joins the chain's own manager). */
    public static <T extends Authentication> AuthenticationProvider provider(
            Class<T> type, Function<T, Authentication> check) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                try {
                    return check.apply(type.cast(attempt));
                } catch (DataAccessException unreachable) {
                    throw new InternalAuthenticationServiceException("The database cannot be reached", unreachable);
                }
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return type.isAssignableFrom(authentication);
            }
        };
    }

    /**
     * The account as it is now, once a proof other than its password was checked: it must still exist and may
     * not be locked (nor, where addresses must be verified, unverified) — a lock may have come meanwhile.
     *
     * @throws BadCredentialsException when the account is gone
     * @throws org.springframework.security.authentication.AccountStatusException when it may not sign in
     */
    public static UserDetails allowedIn(AccountCredentials accounts, String username) {
        UserDetails account;
        try {
            account = accounts.details(username);
        } catch (UsernameNotFoundException deleted) {
            throw new BadCredentialsException("The account no longer exists");
        }
        STATUS.check(account);
        return account;
    }

    /** Signed in as {@code account}, with its roles and the factor that proved it, and the attempt's details. */
    public static Authentication signedIn(UserDetails account, String factor, Object details) {
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(account, null, authorities(account, factor));
        signedIn.setDetails(details);
        return signedIn;
    }

    /** The account's roles and the factor that proved it is them. */
    public static Set<GrantedAuthority> authorities(UserDetails account, String factor) {
        var authorities = new HashSet<GrantedAuthority>(account.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(factor));
        return authorities;
    }
}
