package com.example.authstarter.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.KaribuTest;
import com.example.authstarter.Translations;
import com.example.authstarter.security.MongoRememberMeTokens;
import com.example.authstarter.security.ui.LoginView;
import com.example.authstarter.user.AccountService;
import com.example.authstarter.user.TestUsers;
import com.example.authstarter.user.UserService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Date;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;

class AccountViewTest extends KaribuTest {

    private static final String NEW_PASSWORD = "marmalade tractor sunset";

    @Autowired
    MongoRememberMeTokens rememberMe;

    @Autowired
    UserService users;

    AccountView view;

    @BeforeEach
    void open() {
        testUsers.create("olivia");
        rememberMe.removeUserTokens("olivia");
        rememberMe.createNewToken(new PersistentRememberMeToken("olivia", "laptop", "t", new Date()));
        signInAs("olivia");
        UI.getCurrent().navigate(AccountView.class);
        view = _get(AccountView.class);
    }

    @Test
    void a_wrong_current_password_is_shown_on_its_field() {
        _setValue(view.currentPassword, "not it");
        _setValue(view.newPassword, NEW_PASSWORD);
        _setValue(view.repeatPassword, NEW_PASSWORD);

        _click(view.changePassword);

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage())
                .isEqualTo(Translations.english(AccountService.WRONG_PASSWORD));
    }

    @Test
    void changing_the_password_confirms_and_forgets_remembered_devices() {
        assertThat(GridKt._size(view.devices)).isEqualTo(1);
        _setValue(view.currentPassword, TestUsers.PASSWORD);
        _setValue(view.newPassword, NEW_PASSWORD);
        _setValue(view.repeatPassword, NEW_PASSWORD);

        _click(view.changePassword);

        NotificationsKt.expectNotifications("Password changed. Your other sessions and devices were signed out.");
        assertThat(GridKt._size(view.devices)).isZero();
        assertThat(view.currentPassword.getValue()).isEmpty();
    }

    @Test
    void a_remembered_device_can_be_forgotten() {
        var forget = (Button) GridKt._getCellComponent(view.devices, 0, "forget");

        _click(forget);

        assertThat(rememberMe.devicesOf("olivia")).isEmpty();
    }

    @Test
    void the_recent_activity_is_listed() {
        assertThat(GridKt._size(view.activity)).isGreaterThanOrEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.activity, 0)).contains("REGISTRATION");
    }

    @Test
    void deleting_the_account_needs_the_password_then_signs_out() {
        _setValue(view.deletePassword, "not it");
        _click(view.deleteAccount);
        assertThat(view.deletePassword.isInvalid()).isTrue();
        assertThat(users.member("olivia")).isPresent();

        _setValue(view.deletePassword, TestUsers.PASSWORD);
        _click(view.deleteAccount);

        assertThat(users.member("olivia")).isEmpty();
        assertThat(signedIn()).isNull();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        SecurityContextHolder.clearContext();

        UI.getCurrent().navigate(AccountView.class);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
