package com.example.authstarter.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** The body of an error page inside the app, with the same texts as the HTTP error pages ({@link ErrorPages}). */
abstract class ErrorMessage extends Main {

    final H1 title = new H1();
    final Paragraph message = new Paragraph();
    final RouterLink home = new RouterLink("", HomeView.class);

    private final String kind;

    /** @param kind the texts' key part, {@code error.<kind>.title} and {@code .message} */
    ErrorMessage(String kind) {
        this.kind = kind;
        addClassName("error-page");
        add(title, message, new Paragraph(home));
    }

    /** Fills in the texts once the locale is known, as the error is shown. */
    void show() {
        title.setText(getTranslation("error." + kind + ".title"));
        message.setText(getTranslation("error." + kind + ".message"));
        home.setText(getTranslation("error.home"));
    }

    String pageTitle() {
        return PageTitles.of(this, "error." + kind + ".title");
    }
}
