package com.example.authstarter.base.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/**
 * The app's own page for an error answered before Vaadin is reached (a page the visitor may not open, a
 * path that is no page, a refused request), in the visitor's language, with a way back to the start page.
 * Errors inside the app's views get the same texts from {@link NotFoundView} and {@link AccessDeniedView}.
 */
@Component
class ErrorPages implements ErrorViewResolver, Ordered {

    private final TranslationProvider texts;

    ErrorPages(TranslationProvider texts) {
        this.texts = texts;
    }

    /** The text keys for a status: {@code error.<kind>.title} and {@code .message}. */
    static String kind(HttpStatusCode status) {
        return switch (status.value()) {
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 503 -> "unavailable";
            default -> status.is5xxServerError() ? "server" : "bad-request";
        };
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return new ModelAndView(page(request, status));
    }

    /** The page for {@code status}, in the language the request asks for. */
    Page page(HttpServletRequest request, HttpStatusCode status) {
        return page(request, kind(status));
    }

    /** The page of a {@code kind} of error ({@code error.<kind>.title}), in the language the request asks for. */
    Page page(HttpServletRequest request, String kind) {
        var locale = languageOf(request);
        return new Page(
                locale,
                text("error." + kind + ".title", locale),
                text("error." + kind + ".message", locale),
                text("error.home", locale),
                text("app.name", locale));
    }

    @Override
    public int getOrder() {
        // Before Spring Boot's resolver of error templates, which would fall through to its white page.
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** The first of the browser's languages the app speaks, English when none. */
    private Locale languageOf(HttpServletRequest request) {
        var spoken =
                texts.getProvidedLocales().stream().map(Locale::getLanguage).toList();
        return Collections.list(request.getLocales()).stream()
                .filter(locale -> spoken.contains(locale.getLanguage()))
                .findFirst()
                .map(locale -> Locale.of(locale.getLanguage()))
                .orElse(Locale.ENGLISH);
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(texts.getTranslation(key, locale));
    }

    /** A small page of its own, styled by the app's stylesheet; it names nothing from the request. */
    record Page(Locale locale, String title, String message, String home, String appName) implements View {

        @Override
        public String getContentType() {
            return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            var base = request.getContextPath();
            var html = """
                    <!DOCTYPE html>
                    <html lang="%s">
                    <head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>%s | %s</title>
                    <link rel="icon" href="%s/favicon.ico">
                    <link rel="stylesheet" href="%s/styles/app.css">
                    </head>
                    <body>
                    <main class="error-page">
                    <h1>%s</h1>
                    <p>%s</p>
                    <p><a href="%s/">%s</a></p>
                    </main>
                    </body>
                    </html>
                    """.formatted(locale.getLanguage(), title, appName, base, base, title, message, base, home);
            response.setContentType(getContentType());
            response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
        }
    }
}
