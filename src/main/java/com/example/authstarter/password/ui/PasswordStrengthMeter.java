package com.example.authstarter.password.ui;

import com.example.authstarter.password.PasswordStrength;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import java.util.List;

/**
 * Shows how hard a password would be to guess (0 = guessed at once, 4 = very hard), with its hint. The rules
 * refuse what it shows as "very weak" or "weak", so red here always means the form will say no. Used by every
 * form where a new password is typed; its parts are public for those forms' tests.
 */
public class PasswordStrengthMeter extends Div {

    public final ProgressBar bar = new ProgressBar(0, 4, 0);
    public final Span verdict = new Span();

    private int score = -1;

    public PasswordStrengthMeter() {
        addClassName("password-strength");
        verdict.addClassName("password-strength-verdict");
        // Screen readers name the bar and announce the verdict as it changes.
        bar.getElement().setAttribute("aria-label", getTranslation("strength.label"));
        verdict.getElement().setAttribute("aria-live", "polite");
        add(bar, verdict);
        show("", List.of());
    }

    /** Rates a password; the personal words (username, email) count as easy to guess. */
    public void show(String password, List<String> personalWords) {
        if (password == null || password.isEmpty()) {
            score = -1;
            bar.setValue(0);
            verdict.setText("");
            return;
        }
        var strength = PasswordStrength.of(password, personalWords, getLocale());
        score = strength.score();
        bar.setValue(score);
        bar.removeThemeVariants(ProgressBarVariant.values());
        bar.addThemeVariants(strength.acceptable() ? ProgressBarVariant.SUCCESS : ProgressBarVariant.ERROR);
        verdict.setText(
                getTranslation("strength." + score) + (strength.hint().isBlank() ? "" : ": " + strength.hint()));
    }

    /** The last score shown, or -1 when the field is empty. */
    public int score() {
        return score;
    }
}
