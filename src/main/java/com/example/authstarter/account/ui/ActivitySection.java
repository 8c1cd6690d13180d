package com.example.authstarter.account.ui;

import com.example.authstarter.audit.AuditLog;
import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.base.ui.Dates;
import com.example.authstarter.base.ui.Grids;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/** The person's latest security events: sign-ins, failures, changes, and where they came from. */
@SpringComponent
@Scope("prototype")
@Order(60)
class ActivitySection extends AccountSection {

    @Override
    public AccountPage page() {
        return AccountPage.ACTIVITY;
    }

    static final int SHOWN = 20;

    final Grid<SecurityEvent> events = new Grid<>();

    private final AuditLog audit;

    ActivitySection(AuditLog audit, AuthenticationContext authentication) {
        super(authentication);
        this.audit = audit;
        events.addColumn(event -> Dates.when(event.at()))
                .setHeader(getTranslation("account.activity.when"))
                .setFlexGrow(1);
        events.addColumn(event -> getTranslation(event.type().textKey()))
                .setHeader(getTranslation("account.activity.what"))
                .setFlexGrow(1);
        var from = events.addColumn(SecurityEvent::clientAddress)
                .setHeader(getTranslation("account.activity.from"))
                .setAutoWidth(true);
        Grids.hideOnPhones(events, from);
        events.setAllRowsVisible(true);
        add(new H2(getTranslation("account.activity.heading", SHOWN)), events);
    }

    @Override
    protected void refresh() {
        events.setItems(audit.recent(username(), SHOWN));
    }
}
