package com.example.authstarter.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;

import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.Translations;
import com.example.authstarter.user.SignUpService;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** A name taken by someone else after the form checked it must still end in the friendly message. */
class RegisterViewRaceTest extends KaribuTest {

    private static final String PASSWORD = "a long enough passphrase";

    @MockitoSpyBean
    SignUpService users;

    @Test
    void a_username_taken_between_the_check_and_the_save_is_shown_as_taken_not_as_an_error() {
        testUsers.create("carol");
        // The form's check still sees the name as free, as it would have a moment before the other sign-up.
        doReturn(false).when(users).isUsernameTaken("Carol");
        UI.getCurrent().navigate(RegisterView.class);
        var view = _get(RegisterView.class);
        _setValue(view.username, "Carol");
        _setValue(view.email, "carol2@example.com");
        _setValue(view.password, PASSWORD);
        _setValue(view.repeatPassword, PASSWORD);

        _click(view.register);

        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).isEqualTo(Translations.english(SignUpService.USERNAME_TAKEN));
        assertThat(UI.getCurrent().getCurrentView()).isSameAs(view);
        assertThat(testUsers.count()).isEqualTo(1);
    }
}
