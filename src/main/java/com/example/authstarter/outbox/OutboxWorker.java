package com.example.authstarter.outbox;

import com.example.authstarter.base.AppInstance;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Carries out the outbox on one background thread. It claims the next due entry atomically (so instances
 * never do the same entry at once), hands it to its {@link OutboxHandler}, and marks it done, or due again
 * after a back-off that doubles from {@value #FIRST_RETRY_SECONDS} s to {@value #MAX_RETRY_MINUTES} min. A
 * claim lapses after {@link #LEASE}, so work an instance died on is taken up by the next that looks.
 */
@Component
class OutboxWorker implements SmartLifecycle {

    static final Duration LEASE = Duration.ofSeconds(30);
    static final int FIRST_RETRY_SECONDS = 2;
    static final int MAX_RETRY_MINUTES = 10;
    /** About a day of trying, with the back-off's cap; then the entry is given up and logged as an error. */
    static final int MAX_ATTEMPTS = 150;

    static final Duration KEPT_AFTER_DONE = Duration.ofDays(7);
    private static final Duration IDLE_LOOK = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ObjectProvider<OutboxHandler> handlerBeans;
    private volatile Map<String, OutboxHandler> handlers = Map.of();
    private final String instance;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile Thread thread;

    /** The handlers are looked up at start: they enqueue work themselves, so they need the outbox first. */
    OutboxWorker(
            MongoTemplate mongo, Clock clock, ObjectProvider<OutboxHandler> handlerBeans, AppInstance appInstance) {
        this.mongo = mongo;
        this.instance = appInstance.id();
        this.clock = clock;
        this.handlerBeans = handlerBeans;
    }

    /** Something was enqueued on this instance: look now rather than at the next idle look. */
    void wake() {
        wakeUp.release();
    }

    @Override
    public void start() {
        handlers = handlerBeans.stream().collect(Collectors.toMap(OutboxHandler::kind, Function.identity()));
        // Assigned before it runs: the loop goes on while it is the worker's current thread.
        var worker = Thread.ofPlatform().name("outbox").daemon().unstarted(this::run);
        thread = worker;
        worker.start();
    }

    @Override
    public void stop() {
        var running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void run() {
        while (thread == Thread.currentThread()) {
            try {
                if (!workOnNext()) {
                    wakeUp.tryAcquire(IDLE_LOOK.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException databaseTrouble) {
                // The database is unreachable for a moment, say; the entries are safe there, look again soon.
                log.warn("Outbox could not be read: {}", databaseTrouble.toString());
                sleepQuietly();
            }
        }
    }

    /** Claims and carries out one due entry; false when there was none. */
    boolean workOnNext() {
        var now = clock.instant();
        var due = Query.query(Criteria.where(OutboxEntry.DONE_AT)
                        .is(null)
                        .and(OutboxEntry.NEXT_ATTEMPT_AT)
                        .lte(now)
                        .orOperator(
                                Criteria.where(OutboxEntry.CLAIMED_UNTIL).is(null),
                                Criteria.where(OutboxEntry.CLAIMED_UNTIL).lt(now)))
                .with(Sort.by(OutboxEntry.NEXT_ATTEMPT_AT));
        var entry = mongo.findAndModify(
                due,
                new Update()
                        .set(OutboxEntry.CLAIMED_UNTIL, now.plus(LEASE))
                        .set(OutboxEntry.CLAIMED_BY, instance)
                        .inc(OutboxEntry.ATTEMPTS, 1),
                FindAndModifyOptions.options().returnNew(true),
                OutboxEntry.class);
        if (entry == null) {
            return false;
        }
        carryOut(entry);
        return true;
    }

    private void carryOut(OutboxEntry entry) {
        var handler = handlers.get(entry.kind());
        try {
            if (handler == null) {
                throw new IllegalStateException("No handler for outbox work of kind " + entry.kind());
            }
            handler.handle(entry.payload());
            finish(entry, null);
            log.debug("Outbox entry {} ({}) done, attempt {}", entry.id(), entry.kind(), entry.attempts());
        } catch (Exception failed) {
            if (entry.attempts() >= MAX_ATTEMPTS) {
                log.error(
                        "Giving up outbox entry {} ({}) after {} attempts",
                        entry.id(),
                        entry.kind(),
                        entry.attempts(),
                        failed);
                finish(entry, failed);
            } else {
                var retry = retryAfter(entry.attempts());
                log.warn(
                        "Outbox entry {} ({}) failed, attempt {}; trying again in {} s: {}",
                        entry.id(),
                        entry.kind(),
                        entry.attempts(),
                        retry.toSeconds(),
                        failed.toString());
                mongo.updateFirst(
                        mine(entry),
                        new Update()
                                .set(
                                        OutboxEntry.NEXT_ATTEMPT_AT,
                                        clock.instant().plus(retry))
                                .set(OutboxEntry.LAST_ERROR, failed.toString())
                                .unset(OutboxEntry.CLAIMED_UNTIL),
                        OutboxEntry.class);
            }
        }
    }

    private void finish(OutboxEntry entry, Exception failed) {
        var now = clock.instant();
        var update = new Update()
                .set(OutboxEntry.DONE_AT, now)
                .set(OutboxEntry.EXPIRE_AT, now.plus(KEPT_AFTER_DONE))
                .set(OutboxEntry.FAILED, failed != null)
                .unset(OutboxEntry.CLAIMED_UNTIL);
        if (failed != null) {
            update.set(OutboxEntry.LAST_ERROR, failed.toString());
        }
        mongo.updateFirst(mine(entry), update, OutboxEntry.class);
    }

    /** The entry, as long as this instance still holds it. */
    private Query mine(OutboxEntry entry) {
        return Query.query(
                Criteria.where("_id").is(entry.id()).and(OutboxEntry.CLAIMED_BY).is(instance));
    }

    static Duration retryAfter(int attempts) {
        var cap = Duration.ofMinutes(MAX_RETRY_MINUTES);
        if (attempts > 20) {
            return cap;
        }
        var wait = Duration.ofSeconds((long) FIRST_RETRY_SECONDS << (attempts - 1));
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(IDLE_LOOK.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            thread = null;
        }
    }
}
