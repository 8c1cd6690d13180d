package com.example.authstarter.security;

import com.example.authstarter.base.PublicUrl;
import com.example.authstarter.mail.Letter;
import com.example.authstarter.mail.Mailer;
import com.example.authstarter.outbox.OutboxHandler;
import com.example.authstarter.user.AccountCredentials;
import com.example.authstarter.user.MailQuota;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Component;

/**
 * Turns a request for a sign-in link into a mail, off the request thread: finds the account by username or
 * email, skips a locked one and one whose mail quota is used up, and sends a link that signs in once,
 * within {@link SignInLinks#VALIDITY}.
 */
@Component
class SignInLinkMail implements OutboxHandler {

    static final String KIND = "sign-in-link";
    static final String IDENTIFIER = "identifier";
    /** Names the request, so that the mail quota counts it once however often sending it is tried. */
    static final String REQUEST = "request";

    private static final Logger log = LoggerFactory.getLogger(SignInLinkMail.class);

    private final AccountCredentials credentials;
    private final MailQuota quota;
    private final OneTimeTokenService tokens;
    private final Mailer mailer;
    private final PublicUrl publicUrl;

    SignInLinkMail(
            AccountCredentials credentials,
            MailQuota quota,
            OneTimeTokenService tokens,
            Mailer mailer,
            PublicUrl publicUrl) {
        this.credentials = credentials;
        this.quota = quota;
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
        var found = credentials.of(payload.get(IDENTIFIER));
        if (found.isEmpty() || found.get().locked()) {
            return;
        }
        var account = found.get();
        // Once per request, however often the outbox tries to send it.
        if (!quota.allow(account.username(), payload.get(REQUEST))) {
            log.info("No sign-in link to '{}': its mail quota for this hour is used up", account.username());
            return;
        }
        var token = tokens.generate(new GenerateOneTimeTokenRequest(account.username(), SignInLinks.VALIDITY));
        mailer.deliver(Letter.of(account.email(), account.language(), KIND, account.username())
                .withLink(publicUrl.of(SecurityConfiguration.SIGN_IN_LINK_PATH + "?token=" + token.getTokenValue())));
    }
}
