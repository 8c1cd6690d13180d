package com.example.authstarter.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.KaribuTest;
import com.example.authstarter.base.ServerBusyException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

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
}
