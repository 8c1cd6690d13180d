package com.example.authstarter;

import com.example.authstarter.user.Problem;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The app's texts as a test reads them: a problem as the English UI shows it. */
public final class Translations {

    private Translations() {}

    public static String english(Problem problem) {
        return text(Locale.ROOT, problem.key(), problem.argumentArray());
    }

    public static String text(Locale locale, String key, Object... arguments) {
        var bundle = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        var pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
