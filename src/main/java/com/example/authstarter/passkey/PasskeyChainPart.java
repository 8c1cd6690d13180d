package com.example.authstarter.passkey;

import com.example.authstarter.base.Outages;
import com.example.authstarter.reauth.IdentityConfirmation;
import com.example.authstarter.signin.SecurityChainPart;
import com.example.authstarter.signin.SignInChecks;
import com.example.authstarter.signin.SignInFilters;
import com.example.authstarter.signin.SignInResponses;
import com.example.authstarter.user.AccountCredentials;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.stereotype.Component;

/**
 * Passkeys' part of the chain: Spring Security's WebAuthn endpoints with this feature's relying party (a bean, so
 * its settings and MongoDB stores are the ones used), screened by {@link PasskeyRequests}, and ending a sign-in
 * like every other way does. Registering one is for a signed-in person; the browser script is public.
 */
@Component
@Order(50)
class PasskeyChainPart implements SecurityChainPart {

    private final PasskeySignIn passkeySignIn;
    private final AccountCredentials accounts;
    private final IdentityConfirmation identity;
    private final SignInResponses responses;
    private final AuthenticationEventPublisher events;
    private final SecurityContextHolderStrategy contexts;

    PasskeyChainPart(
            PasskeySignIn passkeySignIn,
            AccountCredentials accounts,
            IdentityConfirmation identity,
            SignInResponses responses,
            AuthenticationEventPublisher events,
            SecurityContextHolderStrategy contexts) {
        this.passkeySignIn = passkeySignIn;
        this.accounts = accounts;
        this.identity = identity;
        this.responses = responses;
        this.events = events;
        this.contexts = contexts;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        // Registering a passkey (Spring's endpoint runs after this check) is for a signed-in person; the other
        // WebAuthn endpoints answer before it.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, PasskeyRequests.REGISTER)
                .authenticated()
                .requestMatchers("/" + Passkeys.SCRIPT)
                .permitAll());
        var manager = SignInChecks.manager(WebAuthnAuthenticationRequestToken.class, passkeySignIn::signIn, events);
        var success = new HttpMessageConverterAuthenticationSuccessHandler();
        success.setRequestCache(responses.requestCache());
        http.setSharedObject(UserDetailsService.class, accounts::details);
        // Spring's WebAuthn filters take the global context strategy when they are made, which is during the
        // chain's build; Vaadin installs its own (this bean) only once every bean exists, which would leave those
        // filters looking in an empty context and refusing a signed-in person. Installed now, they share it.
        SecurityContextHolder.setContextHolderStrategy(contexts);
        http.webAuthn(passkeys -> passkeys.disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <F extends WebAuthnAuthenticationFilter> F postProcess(F filter) {
                        filter.setAuthenticationManager(manager);
                        SignInFilters.endLikeFormLogin(filter, http, contexts);
                        filter.setAuthenticationSuccessHandler(success);
                        filter.setAuthenticationFailureHandler(failure());
                        return filter;
                    }
                }));
        http.addFilterBefore(new PasskeyRequests(identity), ExceptionTranslationFilter.class);
    }

    /**
     * The page's script asked with {@code fetch}: a refused passkey is 401, a database outage 503, and the
     * script takes the person to the sign-in page's matching message.
     */
    private static AuthenticationFailureHandler failure() {
        return (request, response, failed) -> response.setStatus(
                Outages.isDatabaseOutage(failed)
                        ? HttpStatus.SERVICE_UNAVAILABLE.value()
                        : HttpStatus.UNAUTHORIZED.value());
    }
}
