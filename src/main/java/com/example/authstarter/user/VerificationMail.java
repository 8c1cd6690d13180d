package com.example.authstarter.user;

import com.example.authstarter.base.PublicUrl;
import com.example.authstarter.mail.Letter;
import com.example.authstarter.mail.Mailer;
import com.example.authstarter.outbox.OutboxHandler;
import com.example.authstarter.token.OneTimeTokens;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sends the link that verifies an account's address. The token is made here, as the mail is written, so it
 * never rests in the outbox; if sending fails, the next attempt makes a new one.
 */
@Component
class VerificationMail implements OutboxHandler {

    static final String KIND = "verify-email";
    static final String USERNAME = "username";
    static final Duration VALIDITY = Duration.ofDays(3);

    private final UserRepository users;
    private final OneTimeTokens tokens;
    private final Mailer mailer;
    private final PublicUrl publicUrl;

    VerificationMail(UserRepository users, OneTimeTokens tokens, Mailer mailer, PublicUrl publicUrl) {
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
        if (account.isEmpty() || account.get().emailVerified()) {
            return;
        }
        var user = account.get();
        var token = tokens.issue(EmailVerification.VERIFY, user.username(), user.email(), VALIDITY);
        mailer.deliver(Letter.of(user.email(), user.locale(), KIND, user.username())
                .withLink(publicUrl.of("/verify-email?token=" + token)));
    }
}
