package com.example.authstarter.testing;

import com.example.authstarter.base.Problem;
import com.example.authstarter.base.ui.TranslationProvider;
import java.util.Locale;

/** The app's texts as a test reads them, through the app's own translation provider. */
public final class Translations {

    private static final TranslationProvider TEXTS = new TranslationProvider();

    private Translations() {}

    public static String english(Problem problem) {
        return text(Locale.ENGLISH, problem.key(), problem.argumentArray());
    }

    public static String text(Locale locale, String key, Object... arguments) {
        return TEXTS.find(key, locale, arguments).orElseThrow(() -> new AssertionError("No text for " + key));
    }
}
