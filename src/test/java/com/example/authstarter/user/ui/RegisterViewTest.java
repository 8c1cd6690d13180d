package com.example.authstarter.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.base.ui.HomeView;
import com.example.authstarter.signin.ui.SignInView;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.Translations;
import com.example.authstarter.user.SignUpService;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegisterViewTest extends KaribuTest {

    private static final String PASSWORD = "a long enough passphrase";

    RegisterView view;

    @BeforeEach
    void openForm() {
        UI.getCurrent().navigate(RegisterView.class);
        view = _get(RegisterView.class);
    }

    @Test
    void a_valid_registration_stores_the_account_and_goes_to_sign_in_with_a_confirmation() {
        fill("Alice", "Alice@Example.com", PASSWORD, PASSWORD);

        _click(view.register);

        assertThat(testUsers.exists("alice")).isTrue();
        assertThat(testUsers.email("alice")).isEqualTo("Alice@Example.com");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SignInView.class);
        NotificationsKt.expectNotifications("Your account is ready. Sign in to continue.");
    }

    @Test
    void every_field_is_required() {
        _click(view.register);

        assertError(view.username, "Choose a username");
        assertError(view.email, "Enter your email address");
        assertError(view.password, "Choose a password");
        assertError(view.repeatPassword, "Repeat your password");
        assertThat(testUsers.count()).isZero();
        assertThat(UI.getCurrent().getCurrentView()).isSameAs(view);
    }

    @Test
    void a_username_with_spaces_or_symbols_is_refused() {
        fill("al ice<script>", "alice@example.com", PASSWORD, PASSWORD);

        _click(view.register);

        assertError(view.username, "Use letters, digits and . _ - (not at the start or end)");
        assertThat(testUsers.count()).isZero();
    }

    @Test
    void a_too_short_username_is_refused() {
        fill("al", "alice@example.com", PASSWORD, PASSWORD);

        _click(view.register);

        assertError(view.username, "Use 3 to 32 characters");
    }

    @Test
    void a_malformed_email_is_refused() {
        fill("alice", "alice.example.com", PASSWORD, PASSWORD);

        _click(view.register);

        assertError(view.email, "Enter a valid email address, like name@example.com");
        assertThat(testUsers.count()).isZero();
    }

    @Test
    void a_password_under_twelve_characters_is_refused() {
        fill("alice", "alice@example.com", "elevenchars", "elevenchars");

        _click(view.register);

        assertError(view.password, "Use 12 to 128 characters");
        assertThat(testUsers.count()).isZero();
    }

    @Test
    void a_password_over_128_characters_is_refused() {
        var tooLong = "x".repeat(129);
        fill("alice", "alice@example.com", tooLong, tooLong);

        _click(view.register);

        assertError(view.password, "Use 12 to 128 characters");
    }

    @Test
    void the_repeated_password_must_match() {
        fill("alice", "alice@example.com", PASSWORD, PASSWORD + "!");

        _click(view.register);

        assertError(view.repeatPassword, "The passwords do not match");
        assertThat(testUsers.count()).isZero();
    }

    @Test
    void fixing_the_password_to_match_the_repeat_clears_the_mismatch() {
        fill("alice", "alice@example.com", PASSWORD + "!", PASSWORD);
        assertThat(view.repeatPassword.isInvalid()).isTrue();

        _setValue(view.password, PASSWORD);

        assertThat(view.repeatPassword.isInvalid()).isFalse();
    }

    @Test
    void a_taken_username_is_refused_whatever_its_case() {
        testUsers.create("bob");
        fill("BOB", "other@example.com", PASSWORD, PASSWORD);

        _click(view.register);

        assertError(view.username, Translations.english(SignUpService.USERNAME_TAKEN));
        assertThat(testUsers.count()).isEqualTo(1);
    }

    @Test
    void a_taken_email_is_refused_whatever_its_case() {
        testUsers.create("bob");
        fill("robert", "BOB@example.com", PASSWORD, PASSWORD);

        _click(view.register);

        assertError(view.email, Translations.english(SignUpService.EMAIL_TAKEN));
        assertThat(testUsers.count()).isEqualTo(1);
    }

    @Test
    void a_password_containing_the_username_is_refused() {
        fill("walter", "w@example.com", "i am walter white", "i am walter white");

        _click(view.register);

        assertError(view.password, "Don't use your username or email address in your password");
        assertThat(testUsers.count()).isZero();
    }

    @Test
    void changing_the_username_rechecks_the_password() {
        fill("walter", "w@example.com", "my friend jesse p", "my friend jesse p");
        assertThat(view.password.isInvalid()).isFalse();

        _setValue(view.username, "jesse");

        assertError(view.password, "Don't use your username or email address in your password");
    }

    @Test
    void a_common_password_is_refused() {
        fill("walter", "w@example.com", "1q2w3e4r5t6y", "1q2w3e4r5t6y");

        _click(view.register);

        assertError(view.password, "This password is one of the most common ones; choose another");
    }

    @Test
    void a_password_the_meter_calls_very_common_is_refused() {
        _setValue(view.password, "password1234");
        assertThat(view.strength.verdict.getText()).contains("very common");

        fill("walter", "w@example.com", "password1234", "password1234");
        _click(view.register);

        assertError(view.password, "This password is one of the most common ones; choose another");
        assertThat(testUsers.count()).isZero();
    }

    @Test
    void the_strength_bar_has_an_accessible_name() {
        assertThat(view.strength.bar.getElement().getAttribute("aria-label")).isEqualTo("Password strength");
    }

    @Test
    void a_signed_in_user_opening_registration_goes_to_the_start_page() {
        testUsers.create("walter");
        signInAs("walter");

        UI.getCurrent().navigate(RegisterView.class);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void the_meter_rates_a_guessable_password_weak_and_a_passphrase_strong() {
        _setValue(view.password, "qwertyuiop12");
        assertThat(view.strength.score()).isLessThanOrEqualTo(1);
        assertThat(view.strength.verdict.getText()).matches("(Very weak|Weak).*");

        _setValue(view.password, "violet kettle orbit sandwich");
        assertThat(view.strength.score()).isEqualTo(4);
        assertThat(view.strength.verdict.getText()).startsWith("Very strong");
        assertThat(view.strength.bar.getValue()).isEqualTo(4.0);
    }

    @Test
    void the_meter_counts_the_username_as_easy_to_guess() {
        _setValue(view.username, "zanzibarquokka");
        _setValue(view.password, "zanzibarquokka1");

        assertThat(view.strength.score()).isLessThanOrEqualTo(1);
    }

    @Test
    void the_sign_in_link_leads_to_the_login_view() {
        UI.getCurrent().navigate(view.signIn.getHref());

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SignInView.class);
    }

    private void fill(String username, String email, String password, String repeat) {
        _setValue(view.username, username);
        _setValue(view.email, email);
        _setValue(view.password, password);
        _setValue(view.repeatPassword, repeat);
    }

    private static void assertError(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("field is marked invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }
}
