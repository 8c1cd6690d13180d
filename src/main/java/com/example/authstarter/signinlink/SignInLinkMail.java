package com.example.authstarter.signinlink;

import com.example.authstarter.outbox.OutboxHandler;
import com.example.authstarter.token.OneTimeTokens;
import com.example.authstarter.user.LinkMails;
import java.util.Map;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Component;

/** Sends a link that signs in once, within {@link SignInLinks#VALIDITY}, when a request names an account not locked. */
@Component
class SignInLinkMail implements OutboxHandler {

    static final String KIND = "sign-in-link";

    private final LinkMails linkMails;
    private final OneTimeTokenService tokens;

    SignInLinkMail(LinkMails linkMails, SignInLinkTokens tokens) {
        this.linkMails = linkMails;
        this.tokens = tokens;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(Map<String, String> request) {
        linkMails.send(
                request,
                KIND,
                account -> !account.locked(),
                account -> SignInLinks.PATH + "?" + OneTimeTokens.PARAMETER + "="
                        + tokens.generate(new GenerateOneTimeTokenRequest(account.username(), SignInLinks.VALIDITY))
                                .getTokenValue());
    }
}
