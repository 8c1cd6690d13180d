package com.example.authstarter.base.ui;

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
}
