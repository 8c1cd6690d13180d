package com.example.authstarter.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.KaribuTest;
import com.example.authstarter.security.SignIns;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The sessions here are this test's browser and one more, started as the servlet container starts them. */
class SignInsSectionTest extends KaribuTest {

    private static final String FIREFOX_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @Autowired
    PersistentTokenRepository rememberMe;

    @Autowired
    SignIns signIns;

    SignInsSection section;
    MockHttpSession otherBrowser;
    private final List<HttpSession> started = new ArrayList<>();

    @BeforeEach
    void open() {
        testUsers.create("olivia");
        signInAs("olivia");
        rememberMe.createNewToken(new PersistentRememberMeToken("olivia", "laptop", "t", new Date()));
        var thisBrowser = ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
        started(thisBrowser, null);
        otherBrowser = new MockHttpSession();
        started(otherBrowser, FIREFOX_ON_WINDOWS);
        UI.getCurrent().navigate(AccountView.class);
        section = _get(SignInsSection.class);
    }

    /** The tracker outlives the test: end its sessions as the container would. */
    @AfterEach
    void endSessions() {
        started.forEach(
                session -> trackers().forEach(tracker -> tracker.sessionDestroyed(new HttpSessionEvent(session))));
    }

    @Test
    void each_session_is_listed_with_its_browser_and_when_it_was_last_seen() {
        assertThat(GridKt._size(section.sessions)).isEqualTo(2);
        var rows = IntStream.range(0, 2)
                .mapToObj(row -> GridKt._getFormattedRow(section.sessions, row).getFirst())
                .toList();
        assertThat(rows).containsExactlyInAnyOrder("Firefox on Windows", "Unknown browser (this browser)");
        assertThat(section.sessions.getColumns().get(2).getHeaderText()).isEqualTo("Last seen");
    }

    @Test
    void another_session_can_be_ended_but_not_this_one_from_the_list() {
        var other = rowOf(otherBrowser.getId());
        var thisOne = 1 - other;
        assertThat(GridKt._getCellComponent(section.sessions, thisOne, "end")).isNotInstanceOf(Button.class);

        _click((Button) GridKt._getCellComponent(section.sessions, other, "end"));

        assertThat(otherBrowser.isInvalid()).isTrue();
        assertThat(GridKt._size(section.sessions)).isEqualTo(1);
    }

    @Test
    void signing_out_everywhere_else_ends_the_other_sessions_and_forgets_the_devices() {
        _click(section.signOutEverywhereElse);

        assertThat(otherBrowser.isInvalid()).isTrue();
        assertThat(signIns.sessions("olivia")).hasSize(1);
        assertThat(GridKt._size(section.devices)).isZero();
    }

    @Test
    void a_remembered_device_can_be_forgotten() {
        _click((Button) GridKt._getCellComponent(section.devices, 0, "forget"));

        assertThat(signIns.devices("olivia")).isEmpty();
    }

    private int rowOf(String sessionId) {
        return GridKt._get(section.sessions, 0).id().equals(sessionId) ? 0 : 1;
    }

    /** As the container does: a session starts while a request from the browser is handled. */
    private void started(HttpSession session, String userAgent) {
        var request = new MockHttpServletRequest();
        if (userAgent != null) {
            request.addHeader("User-Agent", userAgent);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(SecurityContextHolder.getContext().getAuthentication()));
        trackers().forEach(tracker -> tracker.sessionCreated(new HttpSessionEvent(session)));
        RequestContextHolder.resetRequestAttributes();
        started.add(session);
    }

    private List<HttpSessionListener> trackers() {
        return context.getBeansOfType(HttpSessionListener.class).values().stream()
                .filter(listener -> listener.getClass().getSimpleName().startsWith("SessionTracker"))
                .toList();
    }
}
