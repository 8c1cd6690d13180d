package com.example.authstarter.testing;

import com.example.authstarter.outbox.OutboxHandler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Outbox work of kind {@value #KIND}, for tests of the outbox itself: it records calls and fails on request. */
@Component
public class RecordingOutboxHandler implements OutboxHandler {

    public static final String KIND = "test-recording";

    public final List<Map<String, String>> handled = new CopyOnWriteArrayList<>();
    public final AtomicInteger failuresLeft = new AtomicInteger();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(Map<String, String> payload) {
        if (failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("the SMTP server is down (test)");
        }
        handled.add(payload);
    }
}
