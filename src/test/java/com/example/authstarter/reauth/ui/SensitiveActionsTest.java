package com.example.authstarter.reauth.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.reauth.IdentityConfirmation;
import com.example.authstarter.reauth.SensitiveAction;
import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.testing.UserFixtures;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class SensitiveActionsTest extends KaribuTest {

    @Autowired
    SensitiveActions sensitive;

    @Autowired
    IdentityConfirmation recent;

    @Autowired
    AdjustableClock clock;

    @Autowired
    ApplicationEventPublisher events;

    final AtomicInteger done = new AtomicInteger();

    @BeforeEach
    void signIn() {
        testUsers.create("sam");
        signInAs("sam");
    }

    @Test
    void within_ten_minutes_of_signing_in_the_change_is_made_at_once() {
        clock.advance(Duration.ofMinutes(9));

        sensitive.run(SensitiveAction.NEW_RECOVERY_CODES, done::incrementAndGet);

        assertThat(done).hasValue(1);
    }

    @Test
    void later_the_password_is_asked_for_in_place_and_then_the_change_is_made() {
        clock.advance(Duration.ofMinutes(11));

        sensitive.run(SensitiveAction.NEW_RECOVERY_CODES, done::incrementAndGet);
        var dialog = _get(Dialog.class);
        assertThat(done).hasValue(0);
        // No code field without two-step sign-in.
        _assertNone(dialog, TextField.class);

        _setValue(_get(dialog, PasswordField.class), "not it");
        _click(_get(dialog, Button.class, spec -> spec.withText("Confirm")));
        assertThat(done).hasValue(0);

        _setValue(_get(dialog, PasswordField.class), UserFixtures.PASSWORD);
        _click(_get(dialog, Button.class, spec -> spec.withText("Confirm")));
        assertThat(done).hasValue(1);
        // The confirmation is a new sign-in: the next change follows at once.
        sensitive.run(SensitiveAction.NEW_RECOVERY_CODES, done::incrementAndGet);
        assertThat(done).hasValue(2);
    }

    @Test
    void an_action_that_asks_for_the_password_every_time_asks_even_right_after_signing_in() {
        sensitive.run(SensitiveAction.DELETE_ACCOUNT, done::incrementAndGet);

        assertThat(done).hasValue(0);
        assertThat(_get(Dialog.class).isOpened()).isTrue();
    }

    @Test
    void cancelling_changes_nothing() {
        clock.advance(Duration.ofMinutes(11));

        sensitive.run(SensitiveAction.NEW_RECOVERY_CODES, done::incrementAndGet);
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Cancel")));

        assertThat(done).hasValue(0);
    }

    @Test
    void a_sign_in_with_a_password_is_recent_and_one_by_a_remembered_device_is_not() {
        var session = VaadinSession.getCurrent().getSession();
        session.removeAttribute(IdentityConfirmation.ATTRIBUTE);
        var request = new MockHttpServletRequest();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            var roles = List.of(new SimpleGrantedAuthority("ROLE_USER"));
            events.publishEvent(new AuthenticationSuccessEvent(new RememberMeAuthenticationToken("key", "sam", roles)));
            assertThat(request.getSession().getAttribute(IdentityConfirmation.ATTRIBUTE))
                    .isNull();

            events.publishEvent(new AuthenticationSuccessEvent(
                    UsernamePasswordAuthenticationToken.authenticated("sam", null, roles)));
            assertThat(request.getSession().getAttribute(IdentityConfirmation.ATTRIBUTE))
                    .isNotNull();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
