package com.example.authstarter.admin.ui;

import com.example.authstarter.admin.AdminChainPart;
import com.example.authstarter.base.ui.Dates;
import com.example.authstarter.base.ui.Grids;
import com.example.authstarter.base.ui.Notices;
import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.reauth.SensitiveAction;
import com.example.authstarter.reauth.ui.SensitiveActions;
import com.example.authstarter.sessions.Sessions;
import com.example.authstarter.user.AccountFact;
import com.example.authstarter.user.User;
import com.example.authstarter.user.UserAdministration;
import com.example.authstarter.user.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * For administrators: every account, found by name or email and sorted as wished, with lock and
 * administrator-role switches and a way to sign the user out on every device and instance. The list loads a
 * slice at a time from MongoDB.
 */
@Route(AdminChainPart.ROUTE)
@Menu(order = 10, icon = "vaadin:shield", title = "menu.admin")
@RolesAllowed("ADMIN")
public class UserAdminView extends Main implements HasDynamicTitle {

    final TextField filter = new TextField();
    final Grid<UserSummary> users = new Grid<>();

    private final UserAdministration administration;
    private final Sessions sessions;
    private final SensitiveActions sensitive;
    private final String me;

    UserAdminView(
            UserAdministration administration,
            Sessions sessions,
            SensitiveActions sensitive,
            List<AccountFact> facts,
            AuthenticationContext authentication) {
        this.administration = administration;
        this.sessions = sessions;
        this.sensitive = sensitive;
        this.me = authentication.getPrincipalName().orElseThrow();
        filter.setPlaceholder(getTranslation("admin.filter"));
        filter.setAriaLabel(getTranslation("admin.filter"));
        filter.setClearButtonVisible(true);
        filter.setWidthFull();
        filter.setMaxWidth("24rem");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> {
            users.getDataProvider().refreshAll();
            fitRows();
        });

        users.addColumn(UserSummary::username)
                .setHeader(getTranslation("admin.username"))
                .setFlexGrow(1)
                .setKey(User.USERNAME_KEY)
                .setSortable(true);
        var email = users.addColumn(UserSummary::email)
                .setHeader(getTranslation("admin.email"))
                .setFlexGrow(2)
                .setKey(User.EMAIL_KEY)
                .setSortable(true);
        var verified = users.addColumn(
                        user -> getTranslation(user.emailVerified() ? "admin.verified.yes" : "admin.verified.no"))
                .setHeader(getTranslation("admin.verified"))
                .setAutoWidth(true);
        var roles = users.addColumn(
                        user -> user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.roles"))
                .setAutoWidth(true);
        var status = users.addColumn(user -> user.locked() ? getTranslation("admin.locked") : "")
                .setHeader(getTranslation("admin.status"))
                .setAutoWidth(true);
        var joined = users.addColumn(user -> Dates.when(user.joined()))
                .setHeader(getTranslation("admin.joined"))
                .setAutoWidth(true)
                .setKey(User.CREATED_AT)
                .setSortable(true);
        var hidden = new ArrayList<Grid.Column<?>>(List.of(email, verified, roles, status, joined));
        for (var fact : facts.stream().filter(AccountFact::isOffered).toList()) {
            hidden.add(users.addColumn(user -> String.join(", ", fact.valuesFor(user.username())))
                    .setHeader(getTranslation(fact.headerKey()))
                    .setAutoWidth(true));
        }
        users.addComponentColumn(this::actions)
                .setHeader(getTranslation("admin.actions"))
                .setKey("actions")
                .setWidth("13rem")
                .setFlexGrow(2)
                // On screen at any width; the other columns scroll under it.
                .setFrozenToEnd(true);
        users.setItems(query ->
                administration.search(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        Grids.hideOnPhones(users, hidden.toArray(Grid.Column<?>[]::new));
        fitRows();
        add(new H1(getTranslation("admin.title")), filter, users);
    }

    /**
     * As tall as its rows when the filter finds few accounts; otherwise a screenful, scrolling inside itself (the
     * first slice is read once more to know, which costs less than counting the accounts).
     */
    private void fitRows() {
        boolean few = !administration
                .search(filter.getValue(), PageRequest.of(0, Grids.ALL_ROWS_UP_TO))
                .hasNext();
        Grids.fitRows(users, few, getTranslation("admin.none"));
        users.setHeight(few ? null : "70vh");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "admin.title");
    }

    private HorizontalLayout actions(UserSummary user) {
        // Each acts on another person's account: only after a recent sign-in (else "confirm it is you").
        var lock = new Button(
                getTranslation(user.locked() ? "admin.unlock" : "admin.lock"),
                click -> sensitive.run(SensitiveAction.LOCK_ACCOUNT, () -> {
                    if (user.locked()) {
                        administration.unlock(user.username(), me);
                    } else {
                        administration.lock(user.username(), me);
                    }
                    users.getDataProvider().refreshAll();
                }));
        var admin = new Button(
                getTranslation(user.isAdmin() ? "admin.remove-admin" : "admin.make-admin"),
                click -> sensitive.run(SensitiveAction.CHANGE_ROLES, () -> {
                    try {
                        if (user.isAdmin()) {
                            administration.revokeAdmin(user.username(), me);
                        } else {
                            administration.grantAdmin(user.username(), me);
                        }
                    } catch (IllegalArgumentException refused) {
                        Notices.error(getTranslation(refused.getMessage()));
                    }
                    users.getDataProvider().refreshAll();
                }));
        var signOut = new Button(
                getTranslation("admin.sign-out-everywhere"),
                click -> sensitive.run(SensitiveAction.SIGN_OUT_ACCOUNT, () -> {
                    sessions.signOutEverywhereByAdmin(user.username(), me);
                    Notices.success(getTranslation("admin.signed-out-everywhere", user.username()));
                }));
        // Administrators cannot lock, demote or sign out themselves here (the service refuses demotion too).
        for (var button : new Button[] {lock, admin, signOut}) {
            button.addThemeVariants(ButtonVariant.SMALL);
            button.setEnabled(!user.username().equals(me));
        }
        var actions = new HorizontalLayout(lock, admin, signOut);
        // On a narrow screen the buttons go on two lines rather than widening the grid.
        actions.setWrap(true);
        actions.setSpacing(false);
        actions.addClassName("grid-actions");
        return actions;
    }
}
