package com.example.authstarter.organization.ui;

import com.example.authstarter.base.ui.FrameExtension;
import com.example.authstarter.base.ui.MainLayout;
import com.example.authstarter.organization.Organizations;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * The organization switcher in the frame, for a person in more than one: the one chosen is remembered with their
 * membership (on every instance, after signing in again) and the page is loaded again to show its data.
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
        var mine = organizations.mine(username.get());
        if (mine.size() < 2) {
            return;
        }
        var switcher = new Select<Organizations.Mine>();
        switcher.addClassName("org-switcher");
        switcher.setAriaLabel(frame.getTranslation("org.switcher"));
        switcher.setItems(mine);
        switcher.setItemLabelGenerator(Organizations.Mine::name);
        switcher.setValue(mine.getFirst());
        switcher.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                organizations.choose(username.get(), change.getValue().id());
                switcher.getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        frame.addToFrame(switcher);
    }
}
