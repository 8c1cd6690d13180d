package com.example.authstarter.outbox;

import java.util.Map;

/**
 * Carries out one kind of outbox work. A feature provides it as a bean. It may be called more than once for
 * the same entry (after a crash, say), so it must do no harm the second time.
 */
public interface OutboxHandler {

    String kind();

    /** Does the work; any exception means "try again later". */
    void handle(Map<String, String> payload) throws Exception;
}
