package com.example.authstarter.sessions;

import java.util.List;
import java.util.Map;

/**
 * Names the browser and system of a session from its User-Agent header, so people can tell their sessions
 * apart ("Firefox, Windows"). Only the common families are named; the header is the client's own claim and
 * is shown, never trusted.
 */
final class Browsers {

    /** What a session's browser calls itself; either part is null when not recognised. */
    record Device(String browser, String system) {}

    // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(
            Map.entry("Edg/", "Edge"),
            Map.entry("OPR/", "Opera"),
            Map.entry("Firefox/", "Firefox"),
            Map.entry("Chromium/", "Chromium"),
            Map.entry("Chrome/", "Chrome"),
            Map.entry("Safari/", "Safari"));
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("Android", "Android"),
            Map.entry("iPhone", "iOS"),
            Map.entry("iPad", "iPadOS"),
            Map.entry("Windows", "Windows"),
            Map.entry("CrOS", "ChromeOS"),
            Map.entry("Mac OS X", "macOS"),
            Map.entry("Linux", "Linux"));

    private Browsers() {}

    static Device describe(String userAgent) {
        if (userAgent == null) {
            return new Device(null, null);
        }
        return new Device(first(BROWSERS, userAgent), first(SYSTEMS, userAgent));
    }

    private static String first(List<Map.Entry<String, String>> names, String userAgent) {
        return names.stream()
                .filter(name -> userAgent.contains(name.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }
}
