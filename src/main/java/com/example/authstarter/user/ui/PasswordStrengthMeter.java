package com.example.authstarter.user.ui;

import com.nulabinc.zxcvbn.Zxcvbn;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import java.util.List;
import java.util.Objects;

/**
 * Shows how hard a password would be to guess, as zxcvbn estimates it (0 = guessed at once, 4 = very
 * hard), with its hint. It advises; the rules that refuse a password are in RegistrationRules.
 */
class PasswordStrengthMeter extends Div {

    // Loading the dictionaries takes a moment; one estimator serves every form.
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    final ProgressBar bar = new ProgressBar(0, 4, 0);
    final Span verdict = new Span();

    private int score = -1;

    PasswordStrengthMeter() {
        addClassName("password-strength");
        verdict.addClassName("password-strength-verdict");
        add(bar, verdict);
        show("", List.of());
    }

    /** Rates a password; the personal words (username, email) count as easy to guess. */
    void show(String password, List<String> personalWords) {
        if (password == null || password.isEmpty()) {
            score = -1;
            bar.setValue(0);
            verdict.setText("");
            return;
        }
        var strength = ZXCVBN.measure(
                password, personalWords.stream().filter(Objects::nonNull).toList());
        score = strength.getScore();
        bar.setValue(score);
        bar.removeThemeVariants(ProgressBarVariant.values());
        bar.addThemeVariants(score >= 3 ? ProgressBarVariant.SUCCESS : ProgressBarVariant.ERROR);
        // zxcvbn words its hints in several languages, German among them; English where it has none.
        var warning = strength.getFeedback().getWarning(getLocale());
        verdict.setText(
                getTranslation("strength." + score) + (warning == null || warning.isBlank() ? "" : ": " + warning));
    }

    /** The last score shown, or -1 when the field is empty. */
    int score() {
        return score;
    }
}
