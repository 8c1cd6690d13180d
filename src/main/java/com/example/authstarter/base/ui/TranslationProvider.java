package com.example.authstarter.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All UI texts, from {@code vaadin-i18n/translations*.properties}: English (the default file) and German.
 * Vaadin gives each browser the first of these languages it accepts, English when it accepts none. Add a
 * language with a {@code translations_xx.properties} file and its locale here. This is the one place that
 * reads the files; everything else asks Vaadin's {@link I18NProvider}.
 */
@Component
public class TranslationProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final String BUNDLE = "vaadin-i18n.translations";
    // No fallback to the server's own locale: an English browser must get English on a German server.
    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.ENGLISH, Locale.GERMAN);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return find(key, locale, params).orElseGet(() -> {
            // Shown as such so a forgotten text is seen on the page, not hidden.
            log.warn("No text for '{}' in {}", key, locale);
            return "!" + key + "!";
        });
    }

    /** The text for {@code key}, or empty when there is none (a plain title rather than a key, say). */
    public Optional<String> find(String key, Locale locale, Object... params) {
        var language = locale == null ? Locale.ENGLISH : locale;
        try {
            var pattern =
                    ResourceBundle.getBundle(BUNDLE, language, NO_SERVER_LOCALE).getString(key);
            return Optional.of(params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params));
        } catch (MissingResourceException missing) {
            return Optional.empty();
        }
    }
}
