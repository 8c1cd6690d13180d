package com.example.authstarter.twostep.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.signin.ui.SignInView;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.twostep.PendingSecondStep;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TwoStepCodeViewTest extends KaribuTest {

    @Test
    void without_a_first_step_there_is_nothing_to_finish() {
        UI.getCurrent().navigate(TwoStepCodeView.class);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SignInView.class);
    }

    @Test
    void after_a_first_step_a_plain_form_posts_the_code() {
        firstStepDone();

        UI.getCurrent().navigate(TwoStepCodeView.class);

        var view = _get(TwoStepCodeView.class);
        var form = view.form.getElement().getChild(0);
        assertThat(form.getAttribute("action")).isEqualTo("login/code");
        assertThat(form.getAttribute("method")).isEqualTo("post");
        var code = form.getChildren()
                .filter(child -> "code".equals(child.getAttribute("name")))
                .findFirst()
                .orElseThrow();
        assertThat(code.getAttribute("autocomplete")).isEqualTo("one-time-code");
        assertThat(view.problem.isVisible()).isFalse();
    }

    @Test
    void a_wrong_code_and_a_wait_are_told_in_the_browsers_language() {
        firstStepDone();
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate(TwoStepCodeView.class, QueryParameters.of("error", ""));
        assertThat(_get(TwoStepCodeView.class).problem.getText()).startsWith("Dieser Code stimmt nicht");

        UI.getCurrent().navigate(TwoStepCodeView.class, QueryParameters.of("wait", "4"));
        assertThat(_get(TwoStepCodeView.class).problem.getText()).contains("in 4 Sekunden");
    }

    private static void firstStepDone() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(PendingSecondStep.ATTRIBUTE, new PendingSecondStep("olivia", false, Instant.now()));
    }
}
