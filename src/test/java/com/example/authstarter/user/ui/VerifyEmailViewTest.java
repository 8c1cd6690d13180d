package com.example.authstarter.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.user.EmailVerification;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class VerifyEmailViewTest extends KaribuTest {

    @Autowired
    Mails mails;

    @Test
    void the_link_from_the_sign_up_mail_verifies_the_address() {
        testUsers.create("vera");
        var token =
                mails.arrived("vera@example.com", "Confirm your email address").token();

        UI.getCurrent().navigate(VerifyEmailView.class, QueryParameters.of("token", token));

        assertThat(_get(VerifyEmailView.class).title.getText()).isEqualTo("Your email address is verified");
        assertThat(testUsers.isEmailVerified("vera")).isTrue();
    }

    @Test
    void a_used_link_gets_a_clear_page() {
        UI.getCurrent().navigate(VerifyEmailView.class, QueryParameters.of("token", "b".repeat(43)));

        var view = _get(VerifyEmailView.class);
        assertThat(view.title.getText()).isEqualTo("This link no longer works");
        assertThat(view.resend.isVisible()).isFalse();
    }

    @Test
    void a_sign_in_that_waits_for_verification_is_told_so_and_can_get_a_new_link() {
        testUsers.create("vera");
        mails.arrived("vera@example.com", "Confirm your email address");
        // As the sign-in left it, after a right password.
        VaadinSession.getCurrent().getSession().setAttribute(EmailVerification.PENDING_USERNAME, "vera@example.com");

        UI.getCurrent().navigate(VerifyEmailView.class);
        var view = _get(VerifyEmailView.class);
        assertThat(view.title.getText()).isEqualTo("Confirm your email address");
        _click(view.resend);

        NotificationsKt.expectNotifications("A new link is on its way.");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mails.to("vera@example.com").size() == 2);
    }
}
