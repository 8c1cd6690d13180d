package com.example.authstarter.base;

import java.util.List;

/**
 * Why input was refused, as a translation key and its arguments: the UI shows it in the user's language
 * (see {@code vaadin-i18n/translations*.properties}).
 */
public record Problem(String key, List<Object> arguments) {

    public static Problem of(String key, Object... arguments) {
        return new Problem(key, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
