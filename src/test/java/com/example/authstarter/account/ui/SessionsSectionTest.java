package com.example.authstarter.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.sessions.Sessions;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.SessionFixtures;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** The sessions here are this test's browser and one more, signed in as Spring Security registers them. */
class SessionsSectionTest extends KaribuTest {

    private static final String FIREFOX_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @Autowired
    SessionFixtures testSignIns;

    @Autowired
    Sessions sessions;

    SessionsSection section;
    DevicesSection devices;
    MockHttpSession otherBrowser;
    private final List<HttpSession> started = new ArrayList<>();

    @BeforeEach
    void open() {
        testUsers.create("olivia");
        signInAs("olivia");
        testSignIns.rememberDevice("olivia", "laptop");
        var thisBrowser = ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
        signedIn(thisBrowser, null);
        otherBrowser = new MockHttpSession(null, UUID.randomUUID().toString());
        signedIn(otherBrowser, FIREFOX_ON_WINDOWS);
        UI.getCurrent().navigate("account/sessions");
        section = _get(SessionsSection.class);
        devices = _get(DevicesSection.class);
    }

    /** The registry outlives the test: end its sessions as the container would. */
    @AfterEach
    void endSessions() {
        started.forEach(testSignIns::end);
    }

    @Test
    void each_session_is_listed_with_its_browser_address_and_when_it_was_last_seen() {
        assertThat(GridKt._size(section.sessions)).isEqualTo(2);
        var rows = IntStream.range(0, 2)
                .mapToObj(row -> GridKt._getFormattedRow(section.sessions, row))
                .toList();
        assertThat(rows)
                .extracting(List::getFirst)
                .containsExactlyInAnyOrder("Firefox on Windows", "Unknown browser (this browser)");
        assertThat(rows).allSatisfy(row -> assertThat(row.get(1)).isEqualTo("192.0.2.7"));
        assertThat(section.sessions.getColumns().stream()
                        .filter(Grid.Column::isVisible)
                        .map(Grid.Column::getHeaderText))
                .containsExactly("Session", "From address", "Signed in", "Last seen", "Actions");
    }

    @Test
    void another_session_can_be_ended_but_not_this_one_from_the_list() {
        var other = rowOfOtherBrowser();
        var thisOne = 1 - other;
        assertThat(GridKt._getCellComponent(section.sessions, thisOne, "end")).isNotInstanceOf(Button.class);

        _click((Button) GridKt._getCellComponent(section.sessions, other, "end"));

        assertThat(testSignIns.isRefused(otherBrowser)).isTrue();
        assertThat(GridKt._size(section.sessions)).isEqualTo(1);
    }

    @Test
    void signing_out_everywhere_else_ends_the_other_sessions_and_forgets_the_devices() {
        var thisBrowser = ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();

        _click(section.signOutEverywhereElse);

        assertThat(testSignIns.isRefused(otherBrowser)).isTrue();
        assertThat(testSignIns.isRefused(thisBrowser)).isFalse();
        assertThat(sessions.of("olivia", thisBrowser.getId())).hasSize(1);
        assertThat(GridKt._size(devices.devices)).isZero();
    }

    @Test
    void a_remembered_device_can_be_forgotten() {
        _click((Button) GridKt._getCellComponent(devices.devices, 0, "forget"));

        assertThat(sessions.devices("olivia")).isEmpty();
        assertThat(devices.devices.isVisible()).isFalse();
        assertThat(devices.none.getText()).isEqualTo("No device keeps you signed in.");
    }

    private int rowOfOtherBrowser() {
        return GridKt._get(section.sessions, 0).current() ? 1 : 0;
    }

    private void signedIn(HttpSession session, String userAgent) {
        testSignIns.signIn(session, "olivia", userAgent);
        started.add(session);
    }
}
