package com.example.authstarter.base.ui;

import com.example.authstarter.base.NothingHereException;
import com.example.authstarter.base.Outages;
import com.example.authstarter.base.ServerBusyException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the user sees when an action in the UI fails, decided once for every view: "busy, try again" when
 * the server turned work away (its input stays as it was), "temporarily unavailable" when the database
 * cannot be reached, otherwise a short apology while the details go to the log. Views catch only what they can
 * explain on a field.
 */
@Component
class MainErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        var thrown = event.getThrowable();
        var busy = busyCause(thrown);
        String text;
        if (nothingHere(thrown)) {
            // An organization's page whose member was removed meanwhile, a document deleted by another: told,
            // and taken to the start page, as a fresh navigation would be.
            text = "app.not-here";
        } else if (busy != null) {
            log.info("Turned away: {}", busy.getMessage());
            text = "app.busy";
        } else if (Outages.isDatabaseOutage(thrown)) {
            log.warn("Database unavailable during a UI action: {}", thrown.toString());
            text = "app.unavailable";
        } else {
            log.error("Unexpected error in the UI", thrown);
            text = "app.error";
        }
        // Vaadin calls this while it handles the user's request, with the user's UI current.
        var ui = UI.getCurrent();
        if (ui != null) {
            Notices.error(ui.getTranslation(text));
            if (nothingHere(thrown)) {
                ui.navigate("");
            }
        }
    }

    private static boolean nothingHere(Throwable thrown) {
        for (var cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof NothingHereException) {
                return true;
            }
        }
        return false;
    }

    private static ServerBusyException busyCause(Throwable thrown) {
        for (var cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServerBusyException busy) {
                return busy;
            }
        }
        return null;
    }
}
