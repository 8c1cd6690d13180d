package com.example.authstarter.base.ui;

import com.example.authstarter.base.Problem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after an action, the same way on every page. */
public final class Notices {

    static final int SHOWN_MILLIS = 5000;

    private Notices() {}

    public static void success(String text) {
        Notification.show(text, SHOWN_MILLIS, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String text) {
        Notification.show(text, SHOWN_MILLIS, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }

    /** A refusal with its reason, in the person's language. */
    public static void refused(Problem problem) {
        var ui = UI.getCurrent();
        error(ui.getTranslation(problem.key(), problem.argumentArray()));
    }

    /** Something the person must read before going on: it stays until they close it. */
    public static void lasting(String title, String text) {
        var notice = new Notification();
        notice.addThemeVariants(NotificationVariant.WARNING);
        notice.setPosition(Notification.Position.TOP_CENTER);
        notice.setDuration(0);
        var close = new Button(notice.getTranslation("notice.close"), click -> notice.close());
        close.addThemeVariants(ButtonVariant.TERTIARY);
        var heading = new Div(title);
        heading.getStyle().set("font-weight", "600");
        var words = new Div(heading, new Paragraph(text));
        words.addClassName("lasting-notice");
        notice.add(words, close);
        notice.open();
    }
}
