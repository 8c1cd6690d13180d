package com.example.authstarter.account.ui;

import com.example.authstarter.audit.AuditLog;
import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.base.ServerBusyException;
import com.example.authstarter.base.ui.Dates;
import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.security.MongoRememberMeTokens;
import com.example.authstarter.security.SessionTracker;
import com.example.authstarter.user.AccountService;
import com.example.authstarter.user.RefusedInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * The signed-in person's own account: password, email, where they are signed in, recent activity, and
 * deleting the account. Every change asks for the current password.
 */
@Route("account")
@Menu(order = 2, icon = "vaadin:user", title = "menu.account")
@PermitAll
public class AccountView extends Main implements HasDynamicTitle {

    static final int ACTIVITY_SHOWN = 20;
    final PasswordField currentPassword = new PasswordField(getTranslation("account.current-password"));
    final PasswordField newPassword = new PasswordField(getTranslation("account.new-password"));
    final PasswordField repeatPassword = new PasswordField(getTranslation("account.repeat-password"));
    final Button changePassword = new Button(getTranslation("account.change-password"));

    final EmailField newEmail = new EmailField(getTranslation("account.new-email"));
    final PasswordField emailPassword = new PasswordField(getTranslation("account.current-password"));
    final Button changeEmail = new Button(getTranslation("account.change-email"));

    final Grid<SessionTracker.SignedInSession> sessions = new Grid<>();
    final Button signOutEverywhereElse = new Button(getTranslation("account.sign-out-elsewhere"));
    final Grid<MongoRememberMeTokens.Device> devices = new Grid<>();
    final Grid<SecurityEvent> activity = new Grid<>();

    final PasswordField deletePassword = new PasswordField(getTranslation("account.current-password"));
    final Button deleteAccount = new Button(getTranslation("account.delete.button"));

    private final String username;
    private final AccountService accounts;
    private final SessionTracker sessionTracker;
    private final MongoRememberMeTokens rememberMe;
    private final AuditLog audit;
    private final AuthenticationContext authentication;

    AccountView(
            AuthenticationContext authentication,
            AccountService accounts,
            SessionTracker sessionTracker,
            MongoRememberMeTokens rememberMe,
            AuditLog audit) {
        this.authentication = authentication;
        this.username = authentication.getPrincipalName().orElseThrow();
        this.accounts = accounts;
        this.sessionTracker = sessionTracker;
        this.rememberMe = rememberMe;
        this.audit = audit;
        addClassName("view");

        changePassword.addThemeVariants(ButtonVariant.PRIMARY);
        changePassword.addClickListener(click -> changePassword());
        changeEmail.addClickListener(click -> changeEmail());
        signOutEverywhereElse.addClickListener(click -> {
            sessionTracker.endAllExcept(username, currentSessionId());
            rememberMe.removeUserTokens(username);
            refreshSignIns();
        });
        deleteAccount.addThemeVariants(ButtonVariant.ERROR);
        deleteAccount.addClickListener(click -> deleteAccount());

        sessions.addColumn(session -> session.id().equals(currentSessionId())
                        ? getTranslation("account.session.this")
                        : getTranslation("account.session.other"))
                .setHeader(getTranslation("account.session"));
        sessions.addColumn(session -> Dates.WHEN.format(session.started()))
                .setHeader(getTranslation("account.session.started"));
        sessions.addColumn(session -> Dates.WHEN.format(session.lastActive()))
                .setHeader(getTranslation("account.session.last-active"));
        sessions.addComponentColumn(session -> session.id().equals(currentSessionId())
                        ? new Paragraph()
                        : new Button(getTranslation("account.sign-out"), click -> {
                            sessionTracker.end(username, session.id());
                            refreshSignIns();
                        }))
                .setHeader("");
        sessions.setAllRowsVisible(true);

        devices.addColumn(device -> Dates.WHEN.format(device.lastUsed()))
                .setHeader(getTranslation("account.device.last-used"));
        devices.addComponentColumn(device -> new Button(getTranslation("account.device.forget"), click -> {
                    rememberMe.forget(username, device.series());
                    refreshSignIns();
                }))
                .setHeader("")
                .setKey("forget");
        devices.setAllRowsVisible(true);

        activity.addColumn(event -> Dates.WHEN.format(event.at())).setHeader(getTranslation("account.activity.when"));
        activity.addColumn(event -> event.type().name()).setHeader(getTranslation("account.activity.what"));
        activity.addColumn(SecurityEvent::clientAddress).setHeader(getTranslation("account.activity.from"));
        activity.setAllRowsVisible(true);

        add(
                new H1(getTranslation("account.title")),
                new H2(getTranslation("account.password")),
                new FormLayout(currentPassword, newPassword, repeatPassword),
                changePassword,
                new H2(getTranslation("account.email")),
                new FormLayout(newEmail, emailPassword),
                changeEmail,
                new H2(getTranslation("account.sessions")),
                sessions,
                signOutEverywhereElse,
                new H2(getTranslation("account.devices")),
                devices,
                new H2(getTranslation("account.activity")),
                activity,
                new H2(getTranslation("account.delete")),
                new Paragraph(getTranslation("account.delete.text")),
                new FormLayout(deletePassword),
                deleteAccount);
        refreshSignIns();
        activity.setItems(audit.recent(username, ACTIVITY_SHOWN));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "account.title");
    }

    private void changePassword() {
        clearErrors();
        attempt(
                () -> accounts.changePassword(
                        username,
                        currentPassword.getValue(),
                        newPassword.getValue(),
                        repeatPassword.getValue(),
                        currentSessionId()),
                "account.password-changed",
                Map.of(
                        RefusedInputException.Field.CURRENT_PASSWORD, currentPassword,
                        RefusedInputException.Field.PASSWORD, newPassword,
                        RefusedInputException.Field.REPEAT_PASSWORD, repeatPassword));
        refreshSignIns();
    }

    private void changeEmail() {
        clearErrors();
        attempt(
                () -> accounts.changeEmail(username, emailPassword.getValue(), newEmail.getValue()),
                "account.email-changed",
                Map.of(
                        RefusedInputException.Field.CURRENT_PASSWORD, emailPassword,
                        RefusedInputException.Field.EMAIL, newEmail));
    }

    private void deleteAccount() {
        clearErrors();
        if (attempt(
                () -> accounts.deleteAccount(username, deletePassword.getValue()),
                "account.deleted",
                Map.of(RefusedInputException.Field.CURRENT_PASSWORD, deletePassword))) {
            authentication.logout();
        }
    }

    private boolean attempt(Runnable change, String success, Map<RefusedInputException.Field, HasValidation> fields) {
        try {
            change.run();
        } catch (RefusedInputException refused) {
            var field = fields.get(refused.field());
            field.setErrorMessage(
                    getTranslation(refused.problem().key(), refused.problem().argumentArray()));
            field.setInvalid(true);
            return false;
        } catch (ServerBusyException busy) {
            Notification.show(getTranslation("app.busy")).addThemeVariants(NotificationVariant.ERROR);
            return false;
        }
        for (var field :
                new PasswordField[] {currentPassword, newPassword, repeatPassword, emailPassword, deletePassword}) {
            field.clear();
        }
        newEmail.clear();
        Notification.show(getTranslation(success), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
        return true;
    }

    private void clearErrors() {
        for (var field : new HasValidation[] {
            currentPassword, newPassword, repeatPassword, newEmail, emailPassword, deletePassword
        }) {
            field.setInvalid(false);
        }
    }

    private void refreshSignIns() {
        sessions.setItems(sessionTracker.sessionsOf(username));
        devices.setItems(rememberMe.devicesOf(username));
    }

    private static String currentSessionId() {
        var session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null
                ? ""
                : session.getSession().getId();
    }
}
