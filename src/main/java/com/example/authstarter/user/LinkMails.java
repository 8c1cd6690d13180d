package com.example.authstarter.user;

import com.example.authstarter.base.PublicUrl;
import com.example.authstarter.base.RateLimits;
import com.example.authstarter.mail.Letter;
import com.example.authstarter.mail.Mailer;
import com.example.authstarter.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Mails with a link that people who are not signed in ask for by username or email ("forgot password", "email
 * me a sign-in link"). Asking answers the same, at the same speed, whether or not an account matches: it only
 * stores the request in the outbox ({@link #request}). Off the request thread, the outbox hands it back
 * ({@link #send}): the account is looked up, its mail quota counted once per request, and the link made and
 * mailed in the account's language. A link's token is made only as its mail is written, so it never rests in
 * the outbox.
 */
@Component
public class LinkMails {

    /** What was typed: a username or an email address. */
    public static final String IDENTIFIER = "identifier";
    /** Names the request, so that its mail counts once against the quota however often sending is tried. */
    public static final String REQUEST = "request";

    public static final int REQUESTS_PER_ADDRESS = 5;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(LinkMails.class);

    private final Outbox outbox;
    private final RateLimits rateLimits;
    private final AccountCredentials credentials;
    private final MailQuota quota;
    private final Mailer mailer;
    private final PublicUrl publicUrl;
    private final MeterRegistry meters;

    /** Links asked for on the forms, by {@code kind} and {@code outcome} (stored, limited), whoever was named. */
    public static final String METRIC = "authstarter.link.requests";

    LinkMails(
            Outbox outbox,
            RateLimits rateLimits,
            AccountCredentials credentials,
            MailQuota quota,
            Mailer mailer,
            PublicUrl publicUrl,
            MeterRegistry meters) {
        this.outbox = outbox;
        this.rateLimits = rateLimits;
        this.credentials = credentials;
        this.quota = quota;
        this.mailer = mailer;
        this.publicUrl = publicUrl;
        this.meters = meters;
    }

    /**
     * Stores a request for a mail of {@code kind} to the account named by {@code usernameOrEmail}. Beyond
     * {@value #REQUESTS_PER_ADDRESS} requests of the kind ({@code limitKey}) from one client address in 15
     * minutes, nothing is stored; the caller answers the same either way.
     */
    public void request(String kind, String limitKey, String usernameOrEmail, String clientAddress) {
        if (usernameOrEmail == null
                || usernameOrEmail.isBlank()
                || usernameOrEmail.length() > RegistrationRules.EMAIL_MAX) {
            return;
        }
        if (!rateLimits.allow(limitKey + ":" + clientAddress, REQUESTS_PER_ADDRESS, ADDRESS_WINDOW)) {
            meters.counter(METRIC, "kind", kind, "outcome", "limited").increment();
            return;
        }
        meters.counter(METRIC, "kind", kind, "outcome", "stored").increment();
        outbox.enqueue(
                kind,
                Map.of(
                        IDENTIFIER,
                        usernameOrEmail.strip(),
                        REQUEST,
                        UUID.randomUUID().toString()));
    }

    /**
     * Sends the mail of {@code kind} a stored request asks for, if an account matches, {@code wanted} says it may
     * have one and its quota allows; {@code link} makes the path and query of the mail's link (with a new token).
     */
    public void send(
            Map<String, String> request,
            String kind,
            Predicate<Credentials> wanted,
            Function<Credentials, String> link) {
        var found = credentials.of(request.get(IDENTIFIER));
        if (found.isEmpty() || !wanted.test(found.get())) {
            return;
        }
        var account = found.get();
        // Once per request, however often the outbox tries to send it.
        if (!quota.allow(account.username(), request.get(REQUEST))) {
            log.info("No {} mail to '{}': its mail quota for this hour is used up", kind, account.username());
            return;
        }
        mailer.deliver(Letter.of(account.email(), account.language(), kind, account.username())
                .withLink(publicUrl.of(link.apply(account))));
    }
}
