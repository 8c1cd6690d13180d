package com.example.authstarter.admin.ui;

import com.example.authstarter.admin.AdminChainPart;
import com.example.authstarter.audit.AuditLog;
import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.base.ui.Dates;
import com.example.authstarter.base.ui.Grids;
import com.example.authstarter.base.ui.PageTitles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** For administrators: the security event log, newest first, filtered by type and username, a slice at a time. */
@Route(AdminChainPart.ROUTE + "/events")
@Menu(order = 11, icon = "vaadin:list", title = "menu.events")
@RolesAllowed("ADMIN")
public class SecurityEventsView extends Main implements HasDynamicTitle {

    final ComboBox<SecurityEvent.Type> type = new ComboBox<>(getTranslation("admin.event"));
    final TextField user = new TextField(getTranslation("admin.event-user"));
    final Grid<SecurityEvent> events = new Grid<>();

    SecurityEventsView(AuditLog audit) {
        type.setItems(SecurityEvent.Type.values());
        type.setItemLabelGenerator(eventType -> getTranslation(eventType.textKey()));
        type.setClearButtonVisible(true);
        type.addValueChangeListener(change -> events.getDataProvider().refreshAll());
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setClearButtonVisible(true);
        user.addValueChangeListener(change -> events.getDataProvider().refreshAll());

        events.addColumn(event -> Dates.when(event.at()))
                .setHeader(getTranslation("admin.when"))
                .setFlexGrow(1);
        events.addColumn(event -> getTranslation(event.type().textKey()))
                .setHeader(getTranslation("admin.event"))
                .setFlexGrow(2);
        events.addColumn(SecurityEvent::username)
                .setHeader(getTranslation("admin.username"))
                .setFlexGrow(1);
        var from = events.addColumn(SecurityEvent::clientAddress)
                .setHeader(getTranslation("admin.from"))
                .setAutoWidth(true);
        var by = events.addColumn(SecurityEvent::actor)
                .setHeader(getTranslation("admin.by"))
                .setAutoWidth(true);
        var organization = events.addColumn(SecurityEvent::organization)
                .setHeader(getTranslation("admin.organization"))
                .setAutoWidth(true);
        events.setItems(query ->
                audit
                        .search(type.getValue(), user.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream());
        Grids.hideOnPhones(events, from, by, organization);
        events.setEmptyStateText(getTranslation("admin.events.none"));
        events.setHeight("70vh");
        var filters = new HorizontalLayout(type, user);
        filters.setWrap(true);
        add(new H1(getTranslation("admin.events")), filters, events);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "admin.events");
    }
}
