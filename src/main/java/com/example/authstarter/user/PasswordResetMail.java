package com.example.authstarter.user;

import com.example.authstarter.base.PublicUrl;
import com.example.authstarter.mail.Letter;
import com.example.authstarter.mail.Mailer;
import com.example.authstarter.outbox.OutboxHandler;
import com.example.authstarter.token.OneTimeTokens;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a reset request into a mail, off the request thread: finds the account by username or email,
 * respects its mail quota, and sends a link that works once, for 30 minutes, in the account's language.
 */
@Component
class PasswordResetMail implements OutboxHandler {

    static final String KIND = "password-reset";
    static final String IDENTIFIER = "identifier";
    /** Names the request, so that its mail counts once against the quota however often sending is retried. */
    static final String REQUEST = "request";

    private static final Logger log = LoggerFactory.getLogger(PasswordResetMail.class);

    private final UserRepository users;
    private final OneTimeTokens tokens;
    private final MailQuota quota;
    private final Mailer mailer;
    private final PublicUrl publicUrl;

    PasswordResetMail(UserRepository users, OneTimeTokens tokens, MailQuota quota, Mailer mailer, PublicUrl publicUrl) {
        this.users = users;
        this.tokens = tokens;
        this.quota = quota;
        this.mailer = mailer;
        this.publicUrl = publicUrl;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(Map<String, String> payload) {
        var account = Accounts.byNameOrEmail(users, payload.get(IDENTIFIER));
        if (account.isEmpty()) {
            return;
        }
        var user = account.get();
        var request = payload.get(REQUEST);
        if (!quota.allow(user.username(), request)) {
            log.info("No reset mail to '{}': its mail quota for this hour is used up", user.username());
            return;
        }
        var token = tokens.issue(PasswordReset.PURPOSE, user.username(), null, PasswordReset.VALIDITY);
        mailer.deliver(Letter.of(user.email(), user.locale(), KIND, user.username())
                .withLink(publicUrl.of("/reset-password?token=" + token)));
    }
}
