package com.example.authstarter.signin;

import com.example.authstarter.signin.ui.SignInView;
import com.example.authstarter.throttle.GuessLimits;
import com.example.authstarter.user.AccountCredentials;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The security filter chain's assembly. Each feature contributes its own part as a {@link SecurityChainPart}
 * bean (access rules, the sign-in form, the headers, sessions, two-step sign-in, passkeys, sign-in links,
 * administration);
 * they are applied in order, then Vaadin's configurer, which denies every request and view unless a view says
 * otherwise and knows the sign-in view ({@link SignInView}).
 *
 * <p>Passwords are checked in one place, {@link PasswordSignIn}, with the throttle in front. Its manager is the
 * one {@link AuthenticationManager} bean and the form login's parent; no {@code UserDetailsService} or {@code
 * AuthenticationProvider} is a bean, so Spring Security builds no second, unthrottled check of its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            List<SecurityChainPart> parts,
            AuthenticationManager passwords,
            SignInResponses responses)
            throws Exception {
        // The form login's own manager knows only remember-me; usernames and passwords go to this parent.
        http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(passwords);
        // Vaadin's configurer takes the success handler from here for its form login.
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, responses.success());
        for (var part : parts) {
            part.configure(http);
        }
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(SignInView.class).enableCsrfConfiguration(false))
                .build();
    }

    @Bean
    PasswordSignIn passwordSignIn(
            AccountCredentials accounts,
            PasswordEncoder passwordEncoder,
            GuessLimits limits,
            ObjectProvider<SecondStep> secondStep,
            List<PasswordsOff> passwordsOff) {
        // An account made with another provider's identity may have no password: it is checked against a hash
        // nobody knows the password of, so it is refused like a wrong password, at the same cost.
        var noPassword = passwordEncoder.encode(UUID.randomUUID().toString());
        UserDetailsService withUnusablePassword = username -> {
            var account = accounts.details(username);
            return account.getPassword() != null
                    ? account
                    : User.withUserDetails(account).password(noPassword).build();
        };
        var passwords = PasswordSignIn.passwordCheck(withUnusablePassword, passwordEncoder, accounts::upgradeHash);
        var rulesOn = passwordsOff.stream().filter(PasswordsOff::isOn).toList();
        Predicate<String> passwordsOffFor = username -> !rulesOn.isEmpty()
                && accounts.of(username)
                        .map(account -> rulesOn.stream().anyMatch(rule -> rule.appliesTo(account.email())))
                        .orElse(false);
        return new PasswordSignIn(
                passwords,
                limits,
                username -> {
                    var second = secondStep.getIfAvailable();
                    return second != null && second.isRequired(username);
                },
                passwordsOffFor);
    }

    /** The one manager that checks passwords; any other code that signs people in is handed this one. */
    @Bean
    AuthenticationManager authenticationManager(PasswordSignIn passwords, AuthenticationEventPublisher events) {
        return SignInChecks.manager(UsernamePasswordAuthenticationToken.class, passwords::signIn, events);
    }
}
