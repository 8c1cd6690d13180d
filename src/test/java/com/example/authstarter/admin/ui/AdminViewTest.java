package com.example.authstarter.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.authstarter.KaribuTest;
import com.example.authstarter.user.UserAdministration;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdminViewTest extends KaribuTest {

    @Autowired
    UserAdministration administration;

    @Test
    void a_member_without_the_admin_role_cannot_open_administration() {
        testUsers.create("mallory");
        signInAs("mallory");

        // Karibu turns Vaadin's access-denied error page into this exception.
        assertThatThrownBy(() -> UI.getCurrent().navigate(AdminView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(AdminView.class);
    }

    @Test
    void the_menu_does_not_offer_administration_to_members() {
        testUsers.create("mallory");
        signInAs("mallory");

        UI.getCurrent().navigate("");

        assertThat(menuLabels()).doesNotContain("Administration");
    }

    @Test
    void the_menu_offers_administration_to_administrators() {
        testUsers.create("root");
        administration.grantAdmin("root", "test");
        signInAs("root");

        UI.getCurrent().navigate("");

        assertThat(menuLabels()).contains("Administration");
    }

    @Test
    void an_administrator_finds_users_and_locks_one() {
        testUsers.create("root");
        testUsers.create("victor");
        testUsers.create("vanessa");
        administration.grantAdmin("root", "test");
        signInAs("root");
        UI.getCurrent().navigate(AdminView.class);
        var view = _get(AdminView.class);

        _setValue(view.userFilter, "VIC");

        assertThat(GridKt._size(view.users)).isEqualTo(1);
        var victor = GridKt._get(view.users, 0);
        assertThat(victor.username()).isEqualTo("victor");
        var actions = (HorizontalLayout) GridKt._getCellComponent(view.users, 0, "actions");
        _click((Button) actions.getComponentAt(0));

        assertThat(testUsers.isLocked("victor")).isTrue();
        assertThat(GridKt._get(view.users, 0).locked()).isTrue();
    }

    private List<String> menuLabels() {
        return _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
