package com.example.authstarter.organization.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The organizations' lists are rows of a few parts that wrap on a phone (the {@code org-row} class in app.css),
 * not grids: each row has its own buttons, and a short list is as tall as its rows.
 */
final class Rows {

    private Rows() {}

    static Div row(Component... parts) {
        var row = new Div(parts);
        row.addClassName("org-row");
        return row;
    }

    /** The row's buttons, kept together at its end. */
    static Div actions(Component... buttons) {
        var actions = new Div(buttons);
        actions.addClassName("org-actions");
        return actions;
    }

    static Span badge(String text) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }
}
