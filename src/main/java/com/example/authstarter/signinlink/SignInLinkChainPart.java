package com.example.authstarter.signinlink;

import com.example.authstarter.signin.SecurityChainPart;
import com.example.authstarter.signin.SignInChecks;
import com.example.authstarter.signin.SignInResponses;
import java.util.LinkedHashMap;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-in links' part of the chain: Spring Security's one-time-token login at the link's page, with the tokens
 * in MongoDB. Links are asked for on the sign-in page and mailed off the request thread ({@link SignInLinks}), so
 * Spring's own endpoint that makes a token on request is shut (its resolver turns every request away). A link
 * that expired or was used goes back to its page with {@code ?invalid}.
 */
@Component
@Order(60)
class SignInLinkChainPart implements SecurityChainPart {

    private final SignInLinkTokens tokens;
    private final SignInLinkCheck check;
    private final SignInResponses responses;

    SignInLinkChainPart(SignInLinkTokens tokens, SignInLinkCheck check, SignInResponses responses) {
        this.tokens = tokens;
        this.check = check;
        this.responses = responses;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.oneTimeTokenLogin(links -> links.tokenService(tokens)
                .authenticationProvider(SignInChecks.provider(OneTimeTokenAuthenticationToken.class, check::signIn))
                .loginProcessingUrl(SignInLinks.PATH)
                .showDefaultSubmitPage(false)
                .generateRequestResolver(request -> null)
                .tokenGenerationSuccessHandler(
                        (request, response, neverMade) -> response.sendError(HttpStatus.NOT_FOUND.value()))
                .successHandler(responses.success())
                .failureHandler(responses.toSecondStep(false, refusals())));
    }

    /**
     * A link that expired or was used goes back to its page, which says so; when the database cannot be reached,
     * the sign-in page says that instead, never that the link is spent.
     */
    static AuthenticationFailureHandler refusals() {
        var handlers = new LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler>();
        handlers.put(InternalAuthenticationServiceException.class, SignInResponses.unavailable());
        return new DelegatingAuthenticationFailureHandler(
                handlers, new SimpleUrlAuthenticationFailureHandler(SignInLinks.PATH + "?" + SignInLinks.INVALID));
    }
}
