package com.example.authstarter.user;

import com.example.authstarter.base.RateLimits;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * At most {@value #PER_HOUR} mails with a link to one account an hour, whoever asks for them: a mailbox
 * cannot be flooded through the forms. Notices of security changes are not counted; they always go out.
 */
@Component
public class MailQuota {

    static final int PER_HOUR = 3;

    private final RateLimits rateLimits;

    MailQuota(RateLimits rateLimits) {
        this.rateLimits = rateLimits;
    }

    /** Counts one more link mail to the account; true while that is within the quota. */
    public boolean allow(String username) {
        return allow(username, UUID.randomUUID().toString());
    }

    /**
     * Counts the mail asked for by {@code request} once, however often its sending is tried again (SMTP was
     * down, the instance died): retries never use up the quota and drop the mail. A request without a name
     * (an outbox entry from before requests were named) counts at every try.
     */
    public boolean allow(String username, String request) {
        return rateLimits.allowOnce(
                key(username), request == null ? UUID.randomUUID().toString() : request, PER_HOUR, Duration.ofHours(1));
    }

    private static String key(String username) {
        return "mail:" + UserKeys.username(username);
    }
}
