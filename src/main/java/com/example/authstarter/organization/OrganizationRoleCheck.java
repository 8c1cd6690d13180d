package com.example.authstarter.organization;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Obeys {@link RequiresOrganizationRole} at every navigation: the first page load of an address (HTTP) and each
 * move inside the app go through Vaadin's router, so both are checked here, after Vaadin's own access control has
 * sent anyone not signed in to the sign-in page.
 */
@Component
class OrganizationRoleCheck implements VaadinServiceInitListener {

    private final CurrentOrganization current;

    OrganizationRoleCheck(CurrentOrganization current) {
        this.current = current;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var required = event.getNavigationTarget().getAnnotation(RequiresOrganizationRole.class);
        if (required == null) {
            return;
        }
        var context = current.get();
        if (context.isEmpty()) {
            // To the list, where they create one or accept an invitation.
            event.forwardTo(Organizations.PAGES);
        } else if (!context.get().may(required.value())) {
            event.rerouteToError(NotFoundException.class);
        }
    }
}
