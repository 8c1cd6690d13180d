package com.example.authstarter.external;

import com.example.authstarter.base.ClientAddress;
import com.example.authstarter.base.ui.SignInPage;
import com.example.authstarter.signin.EmailNotVerifiedException;
import com.example.authstarter.signin.SignInResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Where every failed sign-in with another provider ends: on our sign-in page, with a message that says what
 * happened in words a person understands ({@link ExternalProblem}), audited — never a server error. Cancelling at the provider,
 * a tampered or replayed answer, a provider down or slow, an ID token not meant for this app, no address given, an
 * address an account has already: each has its kind. A locked account is refused as at a password sign-in, saying
 * nothing more. A signed-in person who went to connect a provider or confirm it is them goes back to the page they
 * came from, which says it.
 */
@Component
class ExternalFailures implements AuthenticationFailureHandler {

    /** Our own error codes, beside the OAuth2 ones. */
    static final String PROVIDER_UNAVAILABLE = "provider_unavailable";

    static final String EMAIL_MISSING = "email_missing";
    static final String ACCOUNT_EXISTS = "account_exists";
    static final String LINKED_ELSEWHERE = "linked_elsewhere";
    static final String NOT_YOURS = "not_yours";
    static final String REFUSED = "refused";
    static final String WRONG_PROVIDER = "wrong_provider";

    private static final Set<String> CANCELLED =
            Set.of("access_denied", "login_required", "consent_required", "interaction_required");
    private static final Set<String> EXPIRED =
            Set.of("authorization_request_not_found", "invalid_state_parameter", "invalid_grant", "invalid_nonce");
    private static final Set<String> UNAVAILABLE = Set.of(
            PROVIDER_UNAVAILABLE,
            "invalid_token_response",
            "invalid_user_info_response",
            "server_error",
            "temporarily_unavailable");

    private static final Logger log = LoggerFactory.getLogger(ExternalFailures.class);

    private final ApplicationEventPublisher events;

    ExternalFailures(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failed)
            throws IOException, jakarta.servlet.ServletException {
        var intent = intentOf(request);
        if (failed instanceof EmailNotVerifiedException && intent == null) {
            SignInResponses.toEmailVerification().onAuthenticationFailure(request, response, failed);
            return;
        }
        if (failed instanceof InternalAuthenticationServiceException && intent == null) {
            audit(request, "service");
            SignInResponses.unavailable().onAuthenticationFailure(request, response, failed);
            return;
        }
        if (failed instanceof AccountStatusException && intent == null) {
            audit(request, "account status");
            // As a password sign-in: a locked account is not told apart from a wrong password.
            response.sendRedirect(request.getContextPath() + SignInPage.PATH + "?" + SignInPage.ERROR);
            return;
        }
        var kind = kindOf(failed);
        audit(request, kind.name());
        if (intent != null) {
            ProviderTrips.Notice.problem(kind).keepIn(request.getSession());
            response.sendRedirect(request.getContextPath() + intent.returnTo());
            return;
        }
        response.sendRedirect(request.getContextPath() + SignInPage.PATH + "?" + kind.parameter());
    }

    /** What a failure means to the person, from the OAuth2 error code (the provider's, Spring's or ours). */
    static ExternalProblem kindOf(Throwable failed) {
        var code = codeOf(failed);
        if (code == null) {
            return ExternalProblem.REFUSED;
        }
        if (CANCELLED.contains(code)) {
            return ExternalProblem.CANCELLED;
        }
        if (EXPIRED.contains(code)) {
            return ExternalProblem.EXPIRED;
        }
        if (UNAVAILABLE.contains(code) || ("invalid_id_token".equals(code) && causedByIo(failed))) {
            return ExternalProblem.UNAVAILABLE;
        }
        return switch (code) {
            case EMAIL_MISSING -> ExternalProblem.NO_EMAIL;
            case ACCOUNT_EXISTS -> ExternalProblem.EXISTS;
            case LINKED_ELSEWHERE -> ExternalProblem.LINKED_ELSEWHERE;
            case NOT_YOURS -> ExternalProblem.NOT_YOURS;
            case WRONG_PROVIDER -> ExternalProblem.WRONG_PROVIDER;
            default -> ExternalProblem.REFUSED;
        };
    }

    private static String codeOf(Throwable failed) {
        for (var cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof OAuth2AuthenticationException oauth2) {
                return oauth2.getError().getErrorCode();
            }
            if (cause instanceof OAuth2AuthorizationException oauth2) {
                return oauth2.getError().getErrorCode();
            }
        }
        return null;
    }

    /** An ID token whose keys could not be fetched: the provider failed, not the token. */
    private static boolean causedByIo(Throwable failed) {
        for (var cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause.getClass().getSimpleName().equals("RemoteKeySourceException")) {
                return true;
            }
        }
        return false;
    }

    /** The intent of a signed-in person's trip to the provider: taken already at the callback, else still waiting. */
    static ExternalIntent intentOf(HttpServletRequest request) {
        if (request.getAttribute(ExternalIntent.ATTRIBUTE) instanceof ExternalIntent taken) {
            return taken;
        }
        return ExternalIntent.takeFrom(request.getSession(false));
    }

    private void audit(HttpServletRequest request, String reason) {
        log.info("A sign-in with another provider was refused: {}", reason);
        events.publishEvent(new ExternalEvents.Refused("", ClientAddress.of(request)));
    }
}
