package com.example.authstarter.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.UserFixtures;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

class DeleteAccountSectionTest extends KaribuTest {

    @Test
    void deleting_the_account_needs_the_password_then_signs_out() {
        testUsers.create("olivia");
        signInAs("olivia");
        UI.getCurrent().navigate("account/delete");
        var section = _get(DeleteAccountSection.class);

        _setValue(section.password, "not it");
        _click(section.delete);
        assertThat(section.password.isInvalid()).isTrue();
        assertThat(testUsers.exists("olivia")).isTrue();

        _setValue(section.password, UserFixtures.PASSWORD);
        _click(section.delete);

        assertThat(testUsers.exists("olivia")).isFalse();
        assertThat(signedIn()).isNull();
    }
}
