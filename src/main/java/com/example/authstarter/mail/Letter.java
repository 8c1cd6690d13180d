package com.example.authstarter.mail;

import java.util.List;
import java.util.Locale;

/**
 * A mail to one person, by its texts' key: {@code mail.<kind>.subject}, {@code mail.<kind>.body} (with
 * {@code arguments}) and, when there is a link, {@code mail.<kind>.action} for its button.
 *
 * @param link the absolute address the mail's button leads to, or null
 */
public record Letter(String to, Locale language, String kind, List<Object> arguments, String link) {

    public static Letter of(String to, Locale language, String kind, Object... arguments) {
        return new Letter(to, language, kind, List.of(arguments), null);
    }

    public Letter withLink(String absoluteLink) {
        return new Letter(to, language, kind, arguments, absoluteLink);
    }

    @Override
    public String toString() {
        // The link may carry a token; it stays out of logs.
        return "Letter[to=" + to + ", kind=" + kind + "]";
    }
}
