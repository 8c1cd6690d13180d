package com.example.authstarter.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.base.ServerBusyException;
import com.example.authstarter.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.mongodb.MongoTimeoutException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** Errors from any view end here once; Vaadin hands every uncaught exception of a UI action to it. */
class MainErrorHandlerTest extends KaribuTest {

    @Test
    void every_session_gets_the_central_handler() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(MainErrorHandler.class);
    }

    @Test
    void a_busy_server_is_explained_even_when_the_cause_is_wrapped() {
        var busy = new IllegalStateException("while signing up", new ServerBusyException("all slots busy"));

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(busy));

        NotificationsKt.expectNotifications("The server is busy right now. Please try again in a moment.");
    }

    @Test
    void anything_else_gets_a_short_apology_and_no_details() {
        var failure = new IllegalStateException("database password is hunter2");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));

        NotificationsKt.expectNotifications(
                "Something went wrong. Please try again; if it keeps happening, tell the site's administrator.");
    }

    @Test
    void a_database_that_cannot_be_reached_is_said_to_be_unavailable() {
        var outage = new DataAccessResourceFailureException(
                "Timed out", new MongoTimeoutException("No server chosen by ReadPreference"));

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException(outage)));

        NotificationsKt.expectNotifications(
                "The app cannot reach its database right now. Please try again in a minute.");
    }

    @Test
    void a_view_that_cannot_load_its_data_shows_the_unavailable_page_with_503() {
        // For this session only, so that no other test finds the view.
        RouteConfiguration.forSessionScope().setRoute("test-needs-the-database", NeedsTheDatabase.class);

        UI.getCurrent().navigate(NeedsTheDatabase.class);

        var page = _get(UnavailableView.class);
        assertThat(page.title.getText()).isEqualTo("Temporarily unavailable");
        assertThat(page.home.getHref()).isEmpty();
    }

    /** A view whose data comes from a database that is down. */
    @AnonymousAllowed
    public static class NeedsTheDatabase extends Div {
        public NeedsTheDatabase() {
            throw new DataAccessResourceFailureException("Timed out after 5000 ms while waiting for a server");
        }
    }
}
