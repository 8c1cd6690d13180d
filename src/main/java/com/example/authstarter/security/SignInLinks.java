package com.example.authstarter.security;

import com.example.authstarter.base.RateLimits;
import com.example.authstarter.outbox.Outbox;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * "Email me a sign-in link". Asking answers the same, at the same speed, whether or not an account
 * matches: the request only stores a promise in the outbox, and the look-up happens off the request thread
 * ({@link SignInLinkMail}). Beyond {@value #REQUESTS_PER_ADDRESS} requests from one client address in 15
 * minutes nothing is sent.
 */
@Service
public class SignInLinks {

    static final Duration VALIDITY = Duration.ofMinutes(15);
    static final int REQUESTS_PER_ADDRESS = 5;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

    private final Outbox outbox;
    private final RateLimits rateLimits;

    SignInLinks(Outbox outbox, RateLimits rateLimits) {
        this.outbox = outbox;
        this.rateLimits = rateLimits;
    }

    public void request(String usernameOrEmail, String clientAddress) {
        if (usernameOrEmail == null
                || usernameOrEmail.isBlank()
                || usernameOrEmail.length() > 254
                || !rateLimits.allow("sign-in-link:" + clientAddress, REQUESTS_PER_ADDRESS, ADDRESS_WINDOW)) {
            return;
        }
        outbox.enqueue(
                SignInLinkMail.KIND,
                Map.of(
                        SignInLinkMail.IDENTIFIER,
                        usernameOrEmail.strip(),
                        SignInLinkMail.REQUEST,
                        UUID.randomUUID().toString()));
    }
}
