package com.example.authstarter.user;

import com.example.authstarter.base.PublicUrl;
import com.example.authstarter.mail.Letter;
import com.example.authstarter.mail.Mailer;
import com.example.authstarter.outbox.OutboxHandler;
import com.example.authstarter.token.OneTimeTokens;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Sends the link that confirms a move to a new address, to that new address; the old one stays until then. */
@Component
class EmailChangeMail implements OutboxHandler {

    static final String KIND = "change-email";
    static final String USERNAME = "username";
    static final String EMAIL = "email";
    static final Duration VALIDITY = Duration.ofDays(1);

    private final UserRepository users;
    private final OneTimeTokens tokens;
    private final Mailer mailer;
    private final PublicUrl publicUrl;

    EmailChangeMail(UserRepository users, OneTimeTokens tokens, Mailer mailer, PublicUrl publicUrl) {
        this.users = users;
        this.tokens = tokens;
        this.mailer = mailer;
        this.publicUrl = publicUrl;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(Map<String, String> payload) {
        var account = users.findByUsernameKey(UserKeys.username(payload.get(USERNAME)));
        if (account.isEmpty()) {
            return;
        }
        var user = account.get();
        var newEmail = payload.get(EMAIL);
        var token = tokens.issue(EmailVerification.CHANGE, user.username(), newEmail, VALIDITY);
        mailer.deliver(Letter.of(newEmail, user.locale(), KIND, user.username())
                .withLink(publicUrl.of("/verify-email?token=" + token)));
    }
}
