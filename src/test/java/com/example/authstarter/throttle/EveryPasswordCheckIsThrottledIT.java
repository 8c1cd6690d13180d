package com.example.authstarter.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.authstarter.account.AccountService;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.reauth.IdentityConfirmation;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Wherever a password can be checked, the throttle is in front: the sign-in manager, Spring Security's
 * global manager (what any other code would get), and the account page's current-password check. Five
 * failures on one path make even the right password wait on every other.
 */
@WithApp
class EveryPasswordCheckIsThrottledIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    AuthenticationManager signIn;

    @Autowired
    AuthenticationConfiguration springSecurity;

    @Autowired
    AccountService accounts;

    @Autowired
    UserFixtures testUsers;

    @BeforeEach
    void setUp() {
        testUsers.create("tina");
    }

    @Test
    void spring_security_finds_nothing_to_build_an_unthrottled_check_from() throws Exception {
        assertThat(context.getBeansOfType(UserDetailsService.class)).isEmpty();
        assertThat(context.getBeansOfType(AuthenticationProvider.class)).isEmpty();
        assertThat(context.getBeansOfType(AuthenticationManager.class)).hasSize(1);
    }

    @Test
    void failures_at_sign_in_make_the_global_manager_and_the_account_page_wait_too() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated("tina", "not the password")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> springSecurity
                        .getAuthenticationManager()
                        .authenticate(
                                UsernamePasswordAuthenticationToken.unauthenticated("tina", UserFixtures.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> accounts.changeEmail("tina", UserFixtures.PASSWORD, "tina@new.example"))
                .isInstanceOf(RefusedInputException.class)
                .hasMessage(IdentityConfirmation.MUST_WAIT.key());
    }

    @Test
    void wrong_current_passwords_on_the_account_page_count_like_failed_sign_ins() {
        for (int i = 0; i < 5; i++) {
            var guess = "guess number " + i;
            assertThatThrownBy(() -> accounts.changeEmail("tina", guess, "tina@new.example"))
                    .isInstanceOf(RefusedInputException.class);
        }

        assertThatThrownBy(() -> signIn.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("tina", UserFixtures.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> accounts.changeEmail("tina", UserFixtures.PASSWORD, "tina@new.example"))
                .hasMessage(IdentityConfirmation.MUST_WAIT.key());
        assertThat(testUsers.email("tina")).isEqualTo("tina@example.com");
    }
}
