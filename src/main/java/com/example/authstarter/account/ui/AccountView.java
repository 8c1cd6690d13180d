package com.example.authstarter.account.ui;

import com.example.authstarter.audit.AuditLog;
import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.base.ServerBusyException;
import com.example.authstarter.security.MongoRememberMeTokens;
import com.example.authstarter.security.SessionTracker;
import com.example.authstarter.user.AccountChangeException;
import com.example.authstarter.user.AccountService;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/**
 * The signed-in person's own account: password, email, where they are signed in, recent activity, and
 * deleting the account. Every change asks for the current password.
 */
@Route("account")
@PageTitle("My account | Vaadin Auth Starter")
@Menu(order = 2, icon = "vaadin:user", title = "My account")
@PermitAll
public class AccountView extends Main {

    static final int ACTIVITY_SHOWN = 20;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatPassword = new PasswordField("Repeat new password");
    final Button changePassword = new Button("Change password");

    final EmailField newEmail = new EmailField("New email");
    final PasswordField emailPassword = new PasswordField("Current password");
    final Button changeEmail = new Button("Change email");

    final Grid<SessionTracker.SignedInSession> sessions = new Grid<>();
    final Button signOutEverywhereElse = new Button("Sign out everywhere else");
    final Grid<MongoRememberMeTokens.Device> devices = new Grid<>();
    final Grid<SecurityEvent> activity = new Grid<>();

    final PasswordField deletePassword = new PasswordField("Current password");
    final Button deleteAccount = new Button("Delete my account");

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

        sessions.addColumn(session -> session.id().equals(currentSessionId()) ? "This browser" : "Another browser")
                .setHeader("Session");
        sessions.addColumn(session -> WHEN.format(session.started())).setHeader("Signed in");
        sessions.addColumn(session -> WHEN.format(session.lastActive())).setHeader("Last active");
        sessions.addComponentColumn(session -> session.id().equals(currentSessionId())
                        ? new Paragraph()
                        : new Button("Sign out", click -> {
                            sessionTracker.end(username, session.id());
                            refreshSignIns();
                        }))
                .setHeader("");
        sessions.setAllRowsVisible(true);

        devices.addColumn(device -> WHEN.format(device.lastUsed())).setHeader("Last used");
        devices.addComponentColumn(device -> new Button("Forget", click -> {
                    rememberMe.forget(username, device.series());
                    refreshSignIns();
                }))
                .setHeader("")
                .setKey("forget");
        devices.setAllRowsVisible(true);

        activity.addColumn(event -> WHEN.format(event.at())).setHeader("When");
        activity.addColumn(event -> event.type().name()).setHeader("What");
        activity.addColumn(SecurityEvent::clientAddress).setHeader("From");
        activity.setAllRowsVisible(true);

        add(
                new H1("My account"),
                new H2("Password"),
                new FormLayout(currentPassword, newPassword, repeatPassword),
                changePassword,
                new H2("Email"),
                new FormLayout(newEmail, emailPassword),
                changeEmail,
                new H2("Where you are signed in"),
                sessions,
                signOutEverywhereElse,
                new H2("Devices that keep you signed in"),
                devices,
                new H2("Recent activity"),
                activity,
                new H2("Delete account"),
                new Paragraph(
                        "This removes your account, its sign-in history and remembered devices. It cannot be undone."),
                new FormLayout(deletePassword),
                deleteAccount);
        refreshSignIns();
        activity.setItems(audit.recent(username, ACTIVITY_SHOWN));
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
                "Password changed. Your other sessions and devices were signed out.",
                Map.of(
                        AccountChangeException.Field.CURRENT_PASSWORD, currentPassword,
                        AccountChangeException.Field.NEW_PASSWORD, newPassword,
                        AccountChangeException.Field.REPEAT_PASSWORD, repeatPassword));
        refreshSignIns();
    }

    private void changeEmail() {
        clearErrors();
        attempt(
                () -> accounts.changeEmail(username, emailPassword.getValue(), newEmail.getValue()),
                "Email changed.",
                Map.of(
                        AccountChangeException.Field.CURRENT_PASSWORD, emailPassword,
                        AccountChangeException.Field.EMAIL, newEmail));
    }

    private void deleteAccount() {
        clearErrors();
        if (attempt(
                () -> accounts.deleteAccount(username, deletePassword.getValue()),
                "Your account was deleted.",
                Map.of(AccountChangeException.Field.CURRENT_PASSWORD, deletePassword))) {
            authentication.logout();
        }
    }

    private boolean attempt(Runnable change, String success, Map<AccountChangeException.Field, HasValidation> fields) {
        try {
            change.run();
        } catch (AccountChangeException refused) {
            var field = fields.get(refused.field());
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
            return false;
        } catch (ServerBusyException busy) {
            Notification.show("The server is busy right now. Please try again in a moment.")
                    .addThemeVariants(NotificationVariant.ERROR);
            return false;
        }
        for (var field :
                new PasswordField[] {currentPassword, newPassword, repeatPassword, emailPassword, deletePassword}) {
            field.clear();
        }
        newEmail.clear();
        Notification.show(success, 5000, Notification.Position.TOP_CENTER)
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
