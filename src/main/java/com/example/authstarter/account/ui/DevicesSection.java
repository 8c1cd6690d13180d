package com.example.authstarter.account.ui;

import com.example.authstarter.base.ui.Dates;
import com.example.authstarter.sessions.Sessions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/** The devices that keep the person signed in ("keep me signed in"), when each was last used; each can be forgotten. */
@SpringComponent
@Scope("prototype")
@Order(55)
class DevicesSection extends AccountSection {

    final Grid<Sessions.RememberedDevice> devices = new Grid<>();
    final Paragraph none = new Paragraph(getTranslation("account.devices.none"));

    private final Sessions service;

    DevicesSection(Sessions service, AuthenticationContext authentication) {
        super(authentication);
        this.service = service;
        devices.addColumn(device -> Dates.when(device.lastUsed()))
                .setHeader(getTranslation("account.device.last-used"))
                .setFlexGrow(1);
        devices.addComponentColumn(device -> new Button(getTranslation("account.device.forget"), click -> {
                    service.forgetDevice(username(), device.series());
                    changed();
                }))
                .setHeader(getTranslation("account.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("forget");
        devices.setAllRowsVisible(true);
        add(new H2(getTranslation("account.devices")), devices, none);
    }

    @Override
    public AccountPage page() {
        return AccountPage.SESSIONS;
    }

    @Override
    protected void refresh() {
        var list = service.devices(username());
        devices.setItems(list);
        devices.setVisible(!list.isEmpty());
        none.setVisible(list.isEmpty());
    }
}
