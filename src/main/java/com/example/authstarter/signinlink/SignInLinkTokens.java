package com.example.authstarter.signinlink;

import com.example.authstarter.token.OneTimeTokens;
import com.example.authstarter.user.AccountCredentials;
import java.time.Clock;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Component;

/**
 * Spring Security's one-time-token login, with the tokens in MongoDB (Spring ships only in-memory and JDBC
 * stores): hashed, single use, swept when expired, and shared by every instance ({@link OneTimeTokens}).
 */
@Component
class SignInLinkTokens implements OneTimeTokenService {

    static final String PURPOSE = "sign-in-link";

    private final OneTimeTokens tokens;
    private final AccountCredentials credentials;
    private final Clock clock;

    SignInLinkTokens(OneTimeTokens tokens, AccountCredentials credentials, Clock clock) {
        this.tokens = tokens;
        this.credentials = credentials;
        this.clock = clock;
    }

    /** A new sign-in token for the account; only the newest link of an account works. */
    @Override
    public SignInLink generate(GenerateOneTimeTokenRequest request) {
        var email = credentials
                .of(request.getUsername())
                .map(account -> account.email())
                .orElse(null);
        var expiresAt = clock.instant().plus(request.getExpiresIn());
        var token = tokens.issue(PURPOSE, request.getUsername(), email, request.getExpiresIn());
        return new SignInLink(token, request.getUsername(), expiresAt, email);
    }

    @Override
    public SignInLink consume(OneTimeTokenAuthenticationToken authenticationToken) {
        var token = authenticationToken.getTokenValue();
        return tokens.redeem(PURPOSE, token)
                .map(ticket -> new SignInLink(token, ticket.username(), ticket.expiresAt(), ticket.data()))
                .orElse(null);
    }
}
