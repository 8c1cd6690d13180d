package com.example.authstarter.organization.ui;

import com.example.authstarter.base.ui.FrameExtension;
import com.example.authstarter.base.ui.MainLayout;
import com.example.authstarter.organization.Organizations;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * The organization switcher in the frame, shown to a person in more than one. It is read again after every
 * navigation (the frame stays while the views change: an organization created, joined, left or deleted since shows
 * at once). The one chosen is remembered with their membership (on every instance, after signing in again) and the
 * page is loaded again to show its data.
 */
@Component
class OrganizationSwitcher implements FrameExtension {

    private final Organizations organizations;
    private final AuthenticationContext authentication;

    OrganizationSwitcher(Organizations organizations, AuthenticationContext authentication) {
        this.organizations = organizations;
        this.authentication = authentication;
    }

    @Override
    public void extend(MainLayout frame) {
        var username = authentication.getPrincipalName();
        if (username.isEmpty()) {
            return;
        }
        var switcher = new Select<Organizations.Mine>();
        switcher.addClassName("org-switcher");
        switcher.setAriaLabel(frame.getTranslation("org.switcher"));
        switcher.setItemLabelGenerator(Organizations.Mine::name);
        show(switcher, username.get());
        switcher.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                organizations.choose(username.get(), change.getValue().id());
                switcher.getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        switcher.addAttachListener(attach -> {
            var following = attach.getUI().addAfterNavigationListener(navigated -> show(switcher, username.get()));
            switcher.addDetachListener(detach -> {
                following.remove();
                detach.unregisterListener();
            });
        });
        frame.addToFrame(switcher);
    }

    private void show(Select<Organizations.Mine> switcher, String username) {
        var mine = organizations.mine(username);
        switcher.setVisible(mine.size() > 1);
        switcher.setItems(mine);
        if (!mine.isEmpty()) {
            switcher.setValue(mine.getFirst());
        }
    }
}
