package com.example.authstarter.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The one way a test of the app starts clean, before each test (and before the class's own set-up): the database
 * emptied ({@link Database#startFresh}) and the clock back at real time, which is reset after the test too, so
 * no moved clock leaks into a test of another class that shares the context.
 */
public final class StartsClean implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext test) {
        var app = SpringExtension.getApplicationContext(test);
        app.getBean(AdjustableClock.class).reset();
        app.getBean(Database.class).startFresh();
    }

    @Override
    public void afterEach(ExtensionContext test) {
        SpringExtension.getApplicationContext(test)
                .getBean(AdjustableClock.class)
                .reset();
    }
}
