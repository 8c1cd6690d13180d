package com.example.authstarter.base.ui;

import com.vaadin.flow.component.UI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How views show a moment: as the person reading it would write it, in their language's format and their
 * browser's time zone (UTC until the browser has said which).
 */
public final class Dates {

    private Dates() {}

    /** Date and time, for example "Nov 25, 2026, 4:10:50 PM" or "25.11.2026, 16:10:50". */
    public static String when(Instant moment) {
        return format(moment, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM));
    }

    /** The date alone, for example "Nov 25, 2026" or "25.11.2026". */
    public static String day(Instant moment) {
        return format(moment, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
    }

    private static String format(Instant moment, DateTimeFormatter style) {
        if (moment == null) {
            return "";
        }
        var ui = Optional.ofNullable(UI.getCurrent());
        var locale = ui.map(UI::getLocale).orElse(Locale.ENGLISH);
        var zone = ui.map(
                        current -> current.getPage().getExtendedClientDetails().getTimeZoneId())
                .filter(Objects::nonNull)
                .flatMap(Dates::known)
                .orElse(ZoneOffset.UTC);
        return style.withLocale(locale).withZone(zone).format(moment);
    }

    private static Optional<ZoneId> known(String zoneId) {
        try {
            return Optional.of(ZoneId.of(zoneId));
        } catch (DateTimeException unknown) {
            // A zone this JVM does not know: the time is shown in UTC instead.
            return Optional.empty();
        }
    }
}
