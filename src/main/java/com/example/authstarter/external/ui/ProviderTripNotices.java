package com.example.authstarter.external.ui;

import com.example.authstarter.base.ui.Notices;
import com.example.authstarter.external.ProviderTrips;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import org.springframework.stereotype.Component;

/**
 * Says once, on the page a signed-in person comes back to from a provider, how the trip ended: connected, or
 * why not (the identity is another account's, the provider could not be reached…).
 */
@Component
class ProviderTripNotices implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addAfterNavigationListener(navigated -> {
                    var session = VaadinSession.getCurrent();
                    if (session == null || session.getSession() == null) {
                        return;
                    }
                    ProviderTrips.Notice.takeFrom(((WrappedHttpSession) session.getSession()).getHttpSession())
                            .ifPresent(notice -> {
                                var text = init.getUI().getTranslation(notice.textKey());
                                if (notice.problem()) {
                                    Notices.error(text);
                                } else {
                                    Notices.success(text);
                                }
                            });
                }));
    }
}
