package com.example.authstarter.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** Every refusal costs exactly one hash, so timing tells nothing about whether an account exists or is locked. */
class PasswordCheckTest {

    private final CountingEncoder encoder = new CountingEncoder();
    private final UserDetailsService accounts = new InMemoryUserDetailsManager(
            User.withUsername("open").password("right password").roles("USER").build(),
            User.withUsername("locked")
                    .password("right password")
                    .roles("USER")
                    .accountLocked(true)
                    .build());
    private final DaoAuthenticationProvider check =
            PasswordSignIn.passwordCheck(accounts, encoder, (user, hash) -> user);

    @Test
    void a_wrong_password_costs_one_hash() {
        assertThatThrownBy(() -> attempt("open", "wrong password")).isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.matchCalls.get()).isEqualTo(1);
    }

    @Test
    void an_unknown_user_costs_one_hash_too() {
        assertThatThrownBy(() -> attempt("nobody", "any password")).isInstanceOf(BadCredentialsException.class);
        // Spring hashes a dummy password, prepared once, and compares against it.
        assertThat(encoder.matchCalls.get()).isEqualTo(1);
    }

    @Test
    void a_locked_account_is_refused_only_after_its_password_was_hashed() {
        assertThatThrownBy(() -> attempt("locked", "right password")).isInstanceOf(LockedException.class);
        assertThat(encoder.matchCalls.get()).isEqualTo(1);
    }

    @Test
    void a_locked_account_with_a_wrong_password_looks_like_any_wrong_password() {
        assertThatThrownBy(() -> attempt("locked", "wrong password")).isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.matchCalls.get()).isEqualTo(1);
    }

    @Test
    void the_right_password_signs_in() {
        var result = attempt("open", "right password");

        assertThat(result.isAuthenticated()).isTrue();
    }

    private Authentication attempt(String username, String password) {
        return check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger matchCalls = new AtomicInteger();
        private final PasswordEncoder plain = NoOpPasswordEncoder.getInstance();

        @Override
        public String encode(CharSequence raw) {
            return plain.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matchCalls.incrementAndGet();
            return plain.matches(raw, encoded);
        }
    }
}
