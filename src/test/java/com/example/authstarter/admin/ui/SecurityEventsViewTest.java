package com.example.authstarter.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.base.ui.AccessDeniedView;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.user.UserAdministration;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SecurityEventsViewTest extends KaribuTest {

    @Autowired
    UserAdministration administration;

    @BeforeEach
    void someHistory() {
        testUsers.create("root");
        testUsers.create("victor");
        administration.grantAdmin("root", "test");
        administration.lock("victor", "root");
    }

    @Test
    void an_administrator_filters_the_log_by_type_and_user() {
        signInAs("root");
        UI.getCurrent().navigate(SecurityEventsView.class);
        var view = _get(SecurityEventsView.class);

        _setValue(view.type, SecurityEvent.Type.LOCKED_BY_ADMIN);

        assertThat(GridKt._size(view.events)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.events, 0)).contains("Locked by an administrator", "victor", "root");

        _setValue(view.type, null);
        _setValue(view.user, "vic");
        assertThat(GridKt._size(view.events)).isEqualTo(2);
        assertThat(view.type.getItemLabelGenerator().apply(SecurityEvent.Type.REGISTRATION))
                .isEqualTo("Account created");
    }

    @Test
    void a_member_gets_the_access_denied_page() {
        testUsers.create("mallory");
        signInAs("mallory");

        UI.getCurrent().navigate(SecurityEventsView.class);

        assertThat(_get(AccessDeniedView.class).getElement().getTextRecursively())
                .contains("You may not open this page");
    }
}
