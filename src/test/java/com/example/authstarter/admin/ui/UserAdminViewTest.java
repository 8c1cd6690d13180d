package com.example.authstarter.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.base.ui.AccessDeniedView;
import com.example.authstarter.sessions.Sessions;
import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.SessionFixtures;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.user.UserAdministration;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpSession;

class UserAdminViewTest extends KaribuTest {

    @Autowired
    UserAdministration administration;

    @Autowired
    SessionFixtures testSignIns;

    @Autowired
    Sessions sessions;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AdjustableClock clock;

    @Test
    void the_list_is_as_tall_as_few_rows_and_scrolls_inside_a_frame_when_there_are_many() {
        testUsers.create("root");
        administration.grantAdmin("root", "test");
        for (int i = 0; i < 30; i++) {
            testUsers.insertUnchecked("member" + i, "member" + i + "@example.com");
        }
        signInAs("root");

        UI.getCurrent().navigate(UserAdminView.class);
        var view = _get(UserAdminView.class);
        assertThat(view.users.isAllRowsVisible()).as("31 accounts").isFalse();
        assertThat(view.users.getHeight()).isEqualTo("70vh");

        _setValue(view.filter, "member1");
        assertThat(view.users.isAllRowsVisible())
                .as("member1 and member10 to member19")
                .isTrue();
        assertThat(view.users.getHeight()).isNull();

        _setValue(view.filter, "nobody");
        assertThat(view.users.getEmptyStateText()).isEqualTo("No account matches.");
    }

    @Test
    void a_member_without_the_admin_role_gets_the_access_denied_page() {
        testUsers.create("mallory");
        signInAs("mallory");

        UI.getCurrent().navigate(UserAdminView.class);

        var denied = _get(AccessDeniedView.class);
        assertThat(denied.getElement().getTextRecursively()).contains("You may not open this page");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(UserAdminView.class);
    }

    @Test
    void the_menu_does_not_offer_administration_to_members() {
        testUsers.create("mallory");
        signInAs("mallory");

        UI.getCurrent().navigate("");

        assertThat(menuLabels()).doesNotContain("Administration", "Security events");
    }

    @Test
    void the_menu_offers_both_administration_pages_to_administrators() {
        testUsers.create("root");
        administration.grantAdmin("root", "test");
        signInAs("root");

        UI.getCurrent().navigate("");

        assertThat(menuLabels()).contains("Administration", "Security events");
    }

    @Test
    void an_administrator_signs_a_user_out_everywhere_and_it_is_recorded() {
        testUsers.create("root");
        testUsers.create("victor");
        administration.grantAdmin("root", "test");
        var victorsLaptop = new MockHttpSession(null, UUID.randomUUID().toString());
        testSignIns.signIn(victorsLaptop, "victor", null);
        testSignIns.rememberDevice("victor", "phone");
        signInAs("root");
        UI.getCurrent().navigate(UserAdminView.class);
        var view = _get(UserAdminView.class);
        _setValue(view.filter, "victor");

        var actions = (HorizontalLayout) GridKt._getCellComponent(view.users, 0, "actions");
        _click((Button) actions.getComponentAt(2));

        assertThat(testSignIns.isRefused(victorsLaptop)).isTrue();
        assertThat(sessions.devices("victor")).isEmpty();
        assertThat(mongo.findAll(SecurityEvent.class)).anySatisfy(event -> {
            assertThat(event.type()).isEqualTo(SecurityEvent.Type.SESSIONS_ENDED_BY_ADMIN);
            assertThat(event.username()).isEqualTo("victor");
            assertThat(event.actor()).isEqualTo("root");
        });
        testSignIns.end(victorsLaptop);
    }

    @Test
    void an_administrator_finds_users_and_locks_one() {
        testUsers.create("root");
        testUsers.create("victor");
        testUsers.create("vanessa");
        administration.grantAdmin("root", "test");
        signInAs("root");
        UI.getCurrent().navigate(UserAdminView.class);
        var view = _get(UserAdminView.class);

        _setValue(view.filter, "VIC");

        assertThat(GridKt._size(view.users)).isEqualTo(1);
        var victor = GridKt._get(view.users, 0);
        assertThat(victor.username()).isEqualTo("victor");
        assertThat(victor.email()).isEqualTo("victor@example.com");
        var actions = (HorizontalLayout) GridKt._getCellComponent(view.users, 0, "actions");
        _click((Button) actions.getComponentAt(0));

        assertThat(testUsers.isLocked("victor")).isTrue();
        assertThat(GridKt._get(view.users, 0).locked()).isTrue();
    }

    @Test
    void a_lock_long_after_signing_in_waits_until_the_administrator_confirms_it_is_them() {
        testUsers.create("root");
        testUsers.create("victor");
        administration.grantAdmin("root", "test");
        signInAs("root");
        clock.advance(Duration.ofMinutes(11));
        UI.getCurrent().navigate(UserAdminView.class);
        var view = _get(UserAdminView.class);
        _setValue(view.filter, "victor");

        var actions = (HorizontalLayout) GridKt._getCellComponent(view.users, 0, "actions");
        _click((Button) actions.getComponentAt(0));
        var dialog = _get(Dialog.class);
        assertThat(testUsers.isLocked("victor")).isFalse();

        _setValue(_get(dialog, PasswordField.class), "not it");
        _click(_get(dialog, Button.class, spec -> spec.withText("Confirm")));
        assertThat(_get(dialog, PasswordField.class).isInvalid()).isTrue();
        assertThat(testUsers.isLocked("victor")).isFalse();

        _setValue(_get(dialog, PasswordField.class), UserFixtures.PASSWORD);
        _click(_get(dialog, Button.class, spec -> spec.withText("Confirm")));

        assertThat(testUsers.isLocked("victor")).isTrue();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void administrators_cannot_lock_or_demote_themselves_from_the_list() {
        testUsers.create("root");
        administration.grantAdmin("root", "test");
        signInAs("root");
        UI.getCurrent().navigate(UserAdminView.class);
        var view = _get(UserAdminView.class);

        var actions = (HorizontalLayout) GridKt._getCellComponent(view.users, 0, "actions");

        assertThat(actions.getChildren())
                .hasSize(3)
                .allSatisfy(button -> assertThat(((Button) button).isEnabled()).isFalse());
    }

    private List<String> menuLabels() {
        return _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
