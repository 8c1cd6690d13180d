package com.example.authstarter.signinlink;

import com.example.authstarter.user.LinkMails;
import java.time.Duration;
import org.springframework.stereotype.Service;

/**
 * "Email me a sign-in link": one sign-in within {@link #VALIDITY}, asked for by username or email and mailed
 * off the request thread ({@link SignInLinkMail}, through {@link LinkMails}: the same answer whether or not an
 * account matches, limits per account and per address).
 */
@Service
public class SignInLinks {

    /** The page that asks for a link. */
    public static final String REQUEST_ROUTE = "login/link";
    /** Where a link points: {@code login/ott?token=…}; the page there posts the token back to the same path. */
    public static final String ROUTE = "login/ott";

    /** The link page's parameter after a link that expired or was used: {@code login/ott?invalid}. */
    public static final String INVALID = "invalid";

    static final String PATH = "/" + ROUTE;
    static final Duration VALIDITY = Duration.ofMinutes(15);
    /** The name under which link requests per client address are counted. */
    static final String REQUESTS = "sign-in-link";

    private final LinkMails linkMails;

    SignInLinks(LinkMails linkMails) {
        this.linkMails = linkMails;
    }

    public void request(String usernameOrEmail, String clientAddress) {
        linkMails.request(SignInLinkMail.KIND, REQUESTS, usernameOrEmail, clientAddress);
    }
}
