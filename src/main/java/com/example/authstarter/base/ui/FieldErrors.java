package com.example.authstarter.base.ui;

import com.example.authstarter.base.Problem;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.Optional;
import java.util.function.Function;

/** How every form shows refused input: the problem, in the user's language, on the field to blame. */
public final class FieldErrors {

    private FieldErrors() {}

    public static void show(HasValidation field, Problem problem) {
        field.setErrorMessage(text(problem));
        field.setInvalid(true);
    }

    public static void clear(HasValidation... fields) {
        for (var field : fields) {
            field.setInvalid(false);
        }
    }

    /** A Binder validator from a rule that names the problem with a value, if any. */
    public static <T> Validator<T> rule(Function<T, Optional<Problem>> rule) {
        return (value, context) -> rule.apply(value)
                .map(problem -> ValidationResult.error(text(problem)))
                .orElseGet(ValidationResult::ok);
    }

    private static String text(Problem problem) {
        return UI.getCurrent().getTranslation(problem.key(), problem.argumentArray());
    }
}
