package com.example.authstarter.user;

import com.example.authstarter.outbox.OutboxHandler;
import com.example.authstarter.token.OneTimeTokens;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Sends a reset link that works once, for 30 minutes, when a request for one names an account. */
@Component
class PasswordResetMail implements OutboxHandler {

    static final String KIND = "password-reset";

    private final LinkMails linkMails;
    private final OneTimeTokens tokens;

    PasswordResetMail(LinkMails linkMails, OneTimeTokens tokens) {
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
                anyAccount -> true,
                account -> "/" + PasswordReset.RESET_ROUTE + "?" + OneTimeTokens.PARAMETER + "="
                        + tokens.issue(PasswordReset.PURPOSE, account.username(), null, PasswordReset.VALIDITY));
    }
}
