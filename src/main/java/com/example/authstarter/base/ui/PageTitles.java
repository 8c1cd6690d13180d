package com.example.authstarter.base.ui;

import com.vaadin.flow.component.Component;

/** Page titles in the user's language: "Members | Vaadin Auth Starter". */
public final class PageTitles {

    private PageTitles() {}

    public static String of(Component view, String key) {
        return view.getTranslation(key) + " | " + view.getTranslation("app.name");
    }
}
