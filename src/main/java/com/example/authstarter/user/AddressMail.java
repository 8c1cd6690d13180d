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
 * Sends the link that proves an address: the account's own (verification, valid {@value #VERIFY_DAYS}
 * days) or, when the payload names a new one, that new address (a move, valid one day). The token is made
 * here, as the mail is written, so it never rests in the outbox; if sending fails, the next attempt makes
 * a new one.
 */
@Component
class AddressMail implements OutboxHandler {

    static final String KIND = "address-link";
    static final String USERNAME = "username";
    /** The new address of a move; absent for a verification of the account's own. */
    static final String NEW_EMAIL = "newEmail";

    static final int VERIFY_DAYS = 3;

    private final UserRepository users;
    private final OneTimeTokens tokens;
    private final Mailer mailer;
    private final PublicUrl publicUrl;

    AddressMail(UserRepository users, OneTimeTokens tokens, Mailer mailer, PublicUrl publicUrl) {
        this.users = users;
        this.tokens = tokens;
        this.mailer = mailer;
        this.publicUrl = publicUrl;
    }

    /** What to store in the outbox for a verification mail. */
    static Map<String, String> verification(String username) {
        return Map.of(USERNAME, username);
    }

    /** What to store in the outbox for the mail that confirms a move to {@code newEmail}. */
    static Map<String, String> move(String username, String newEmail) {
        return Map.of(USERNAME, username, NEW_EMAIL, newEmail);
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
        var newEmail = payload.get(NEW_EMAIL);
        if (newEmail == null && user.emailVerified()) {
            return;
        }
        var letter = newEmail == null
                ? Letter.of(user.email(), user.locale(), "verify-email", user.username())
                : Letter.of(newEmail, user.locale(), "change-email", user.username());
        var token = newEmail == null
                ? tokens.issue(EmailVerification.VERIFY, user.username(), user.email(), Duration.ofDays(VERIFY_DAYS))
                : tokens.issue(EmailVerification.CHANGE, user.username(), newEmail, Duration.ofDays(1));
        mailer.deliver(letter.withLink(
                publicUrl.of("/" + EmailVerification.ROUTE + "?" + OneTimeTokens.PARAMETER + "=" + token)));
    }
}
