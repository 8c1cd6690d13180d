package com.example.authstarter.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

class SessionTrackerTest {

    private final SessionTracker tracker = new SessionTracker();

    @Test
    void a_user_sees_only_their_own_signed_in_sessions() {
        var laptop = signedIn("ivy");
        var phone = signedIn("ivy");
        signedIn("jack");
        tracker.sessionCreated(new HttpSessionEvent(new MockHttpSession()));

        assertThat(tracker.sessionsOf("ivy"))
                .extracting(SessionTracker.Tracked::id)
                .containsExactlyInAnyOrder(laptop.getId(), phone.getId());
    }

    @Test
    void one_session_can_be_ended_but_not_someone_elses() {
        var laptop = signedIn("ivy");
        var jacks = signedIn("jack");

        tracker.end("ivy", jacks.getId());
        tracker.end("ivy", laptop.getId());

        assertThat(laptop.isInvalid()).isTrue();
        assertThat(jacks.isInvalid()).isFalse();
    }

    @Test
    void all_sessions_but_the_current_one_can_be_ended() {
        var current = signedIn("ivy");
        var other = signedIn("ivy");
        var jacks = signedIn("jack");

        tracker.endAllExcept("ivy", current.getId());

        assertThat(current.isInvalid()).isFalse();
        assertThat(other.isInvalid()).isTrue();
        assertThat(jacks.isInvalid()).isFalse();
    }

    @Test
    void an_ended_session_is_no_longer_listed() {
        var laptop = signedIn("ivy");

        laptop.invalidate();
        tracker.sessionDestroyed(new HttpSessionEvent(laptop));

        assertThat(tracker.sessionsOf("ivy")).isEmpty();
    }

    private MockHttpSession signedIn(String username) {
        var session = new MockHttpSession();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_USER"));
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(authentication));
        tracker.sessionCreated(new HttpSessionEvent(session));
        return session;
    }
}
