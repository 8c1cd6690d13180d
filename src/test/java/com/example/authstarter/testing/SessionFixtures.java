package com.example.authstarter.testing;

import com.example.authstarter.base.Hashes;
import com.example.authstarter.sessions.SharedSessionRegistry;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Sessions and remembered devices for tests, made as the servlet container and Spring Security make them. */
@Component
public class SessionFixtures {

    private final SharedSessionRegistry registry;
    private final MongoTemplate mongo;
    private final Clock clock;

    SessionFixtures(SharedSessionRegistry registry, MongoTemplate mongo, Clock clock) {
        this.registry = registry;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A device that keeps the user signed in, as "keep me signed in" stores one. */
    public void rememberDevice(String username, String series) {
        mongo.insert(
                new Document("_id", series)
                        .append("username", username)
                        .append("tokenHash", Hashes.sha256Base64Url("token of " + series))
                        .append("secret", "c2VjcmV0LWtleS1vZi10aGUtZGV2aWNlLWZvci10ZXN0cw")
                        .append("lastUsed", Date.from(clock.instant())),
                "remember_me_tokens");
    }

    /**
     * The session, started and signed in by the user as a request from a browser with {@code userAgent} (or
     * none) does it: the container announces it, then Spring Security registers the sign-in.
     */
    public void signIn(HttpSession session, String username, String userAgent) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.7");
        if (userAgent != null) {
            request.addHeader("User-Agent", userAgent);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            registry.sessionCreated(new HttpSessionEvent(session));
            registry.registerNewSession(session.getId(), username);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    /** The session ends in its container (signed out, timed out). */
    public void end(HttpSession session) {
        registry.sessionDestroyed(new HttpSessionEvent(session));
    }

    /** Whether the next request of the session is refused as ended, as Spring Security's filter asks it. */
    public boolean isRefused(HttpSession session) {
        var information = registry.getSessionInformation(session.getId());
        return information != null && information.isExpired();
    }
}
