package com.example.authstarter.admin.ui;

import com.example.authstarter.audit.AuditLog;
import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.base.ui.Dates;
import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.user.User;
import com.example.authstarter.user.UserAdministration;
import com.example.authstarter.user.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * For administrators: every account, found by name or email and sorted as wished, with lock and
 * administrator-role switches; and the security event log. Both lists load a slice at a time from MongoDB.
 */
@Route("admin")
@Menu(order = 10, icon = "vaadin:shield", title = "menu.admin")
@RolesAllowed("ADMIN")
public class AdminView extends Main implements HasDynamicTitle {

    final TextField userFilter = new TextField();
    final Grid<UserSummary> users = new Grid<>();
    final ComboBox<SecurityEvent.Type> eventType = new ComboBox<>(getTranslation("admin.event"));
    final TextField eventUser = new TextField(getTranslation("admin.event-user"));
    final Grid<SecurityEvent> events = new Grid<>();

    private final UserAdministration administration;
    private final String me;

    AdminView(UserAdministration administration, AuditLog audit, AuthenticationContext authentication) {
        this.administration = administration;
        this.me = authentication.getPrincipalName().orElseThrow();
        addClassName("view");
        // Tall enough for a screenful of rows; the grids scroll inside themselves.
        users.setHeight("60vh");
        events.setHeight("60vh");

        userFilter.setPlaceholder(getTranslation("admin.filter"));
        userFilter.setClearButtonVisible(true);
        userFilter.setWidth("24rem");
        userFilter.setValueChangeMode(ValueChangeMode.LAZY);
        userFilter.addValueChangeListener(change -> users.getDataProvider().refreshAll());

        users.addColumn(UserSummary::username)
                .setHeader(getTranslation("admin.username"))
                .setKey(User.USERNAME_KEY)
                .setSortable(true);
        users.addColumn(UserSummary::email)
                .setHeader(getTranslation("admin.email"))
                .setKey(User.EMAIL_KEY)
                .setSortable(true);
        users.addColumn(user -> user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.roles"));
        users.addColumn(user -> user.locked() ? getTranslation("admin.locked") : "")
                .setHeader(getTranslation("admin.status"));
        users.addColumn(user -> Dates.WHEN.format(user.joined()))
                .setHeader(getTranslation("admin.joined"))
                .setKey(User.CREATED_AT)
                .setSortable(true);
        users.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true);
        users.setItems(query ->
                administration
                        .search(userFilter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream());

        eventType.setItems(SecurityEvent.Type.values());
        eventType.setClearButtonVisible(true);
        eventType.addValueChangeListener(change -> events.getDataProvider().refreshAll());
        eventUser.setValueChangeMode(ValueChangeMode.LAZY);
        eventUser.setClearButtonVisible(true);
        eventUser.addValueChangeListener(change -> events.getDataProvider().refreshAll());
        events.addColumn(event -> Dates.WHEN.format(event.at())).setHeader(getTranslation("admin.when"));
        events.addColumn(event -> event.type().name()).setHeader(getTranslation("admin.event"));
        events.addColumn(SecurityEvent::username).setHeader(getTranslation("admin.username"));
        events.addColumn(SecurityEvent::clientAddress).setHeader(getTranslation("admin.from"));
        events.addColumn(event -> event.actor() == null ? "" : event.actor()).setHeader(getTranslation("admin.by"));
        events.setItems(query -> audit
                .search(eventType.getValue(), eventUser.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());

        var tabs = new TabSheet();
        tabs.add(getTranslation("admin.users"), new VerticalLayout(userFilter, users));
        tabs.add(
                getTranslation("admin.events"), new VerticalLayout(new HorizontalLayout(eventType, eventUser), events));
        tabs.setSizeFull();
        add(new H1(getTranslation("admin.title")), tabs);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "admin.title");
    }

    private HorizontalLayout actions(UserSummary user) {
        var lock = new Button(getTranslation(user.locked() ? "admin.unlock" : "admin.lock"), click -> {
            if (user.locked()) {
                administration.unlock(user.username(), me);
            } else {
                administration.lock(user.username(), me);
            }
            users.getDataProvider().refreshAll();
        });
        lock.addThemeVariants(ButtonVariant.SMALL);
        lock.setEnabled(!user.username().equals(me));
        var admin = new Button(getTranslation(user.isAdmin() ? "admin.remove-admin" : "admin.make-admin"), click -> {
            try {
                if (user.isAdmin()) {
                    administration.revokeAdmin(user.username(), me);
                } else {
                    administration.grantAdmin(user.username(), me);
                }
            } catch (IllegalArgumentException refused) {
                Notification.show(getTranslation(refused.getMessage())).addThemeVariants(NotificationVariant.ERROR);
            }
            users.getDataProvider().refreshAll();
        });
        admin.addThemeVariants(ButtonVariant.SMALL);
        // Administrators cannot demote themselves (the service refuses too); no point offering it.
        admin.setEnabled(!user.username().equals(me));
        return new HorizontalLayout(lock, admin);
    }
}
