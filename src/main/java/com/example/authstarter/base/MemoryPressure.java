package com.example.authstarter.base;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Tells whether memory is short, so that new expensive work (a password hash, which holds 19 MiB, and the session
 * a sign-in creates) is refused as "busy" instead of pushing the process out of its heap or its container's
 * limit. Two measures, read at most twice a second: the heap still in use after the last collection, against
 * the largest heap; and the process's anonymous memory (what the kernel cannot reclaim), against the memory the
 * JVM sees (the container's limit where there is one, as the JVM reads it from the cgroup), counting the heap
 * the JVM may still take from the system as if it were taken: that is what the process can still grow by (the
 * rest is bounded by design: fixed hashing slots, a bounded thread pool). A heap that already holds all it may
 * have does not count twice, so a process that reached its size once is not refused forever for it (a collector
 * seldom gives memory back).
 */
@Component
public class MemoryPressure {

    private static final Logger log = LoggerFactory.getLogger(MemoryPressure.class);

    /** Above this share of the largest heap still in use after a collection, memory is short. */
    static final double HEAP_SHARE = 0.85;
    /** Above this share of the memory the JVM may use (the container's limit), memory is short. */
    static final double PROCESS_SHARE = 0.90;
    /**
     * Once short, memory is enough again only below the shares less this margin, so that a heap hovering at the
     * line does not switch back and forth with every collection.
     */
    static final double MARGIN = 0.05;

    private static final Duration REMEASURE = Duration.ofMillis(500);

    /** How much memory is used and how much there is. */
    interface Gauge {
        /** Heap in use after the last collection, or 0 before the first. */
        long heapAfterCollection();

        long heapMax();

        /** Heap the JVM has taken from the system so far (up to {@link #heapMax}). */
        long heapCommitted();

        /** Anonymous resident memory of the process, or empty where the system does not say. */
        Optional<Long> processAnonymous();

        /** The memory the JVM may use: its container's limit, or the machine's. */
        long memoryLimit();
    }

    private final Gauge gauge;
    private final Clock clock;
    private Instant measuredAt = Instant.MIN;
    private boolean memoryShort;

    @Autowired
    public MemoryPressure(Clock clock) {
        this(new JvmGauge(), clock);
    }

    MemoryPressure(Gauge gauge, Clock clock) {
        this.gauge = gauge;
        this.clock = clock;
    }

    /** True while memory is short; logged once when it becomes short and once when it is enough again. */
    public synchronized boolean isShort() {
        var now = clock.instant();
        if (now.isBefore(measuredAt.plus(REMEASURE))) {
            return memoryShort;
        }
        measuredAt = now;
        long heap = gauge.heapAfterCollection();
        long heapMax = gauge.heapMax();
        var anonymous = gauge.processAnonymous();
        long limit = gauge.memoryLimit();
        double margin = memoryShort ? MARGIN : 0;
        boolean heapShort = heap > (HEAP_SHARE - margin) * heapMax;
        long heapStillToTake = Math.max(0, heapMax - gauge.heapCommitted());
        boolean processShort =
                anonymous.isPresent() && anonymous.get() + heapStillToTake > (PROCESS_SHARE - margin) * limit;
        boolean nowShort = heapShort || processShort;
        if (nowShort != memoryShort) {
            if (nowShort) {
                log.warn(
                        "Memory is short (heap after collection {} of {} MiB, process {} of {} MiB): "
                                + "new sign-ins and sign-ups are answered 'busy' until it is freed",
                        mib(heap),
                        mib(heapMax),
                        anonymous.map(MemoryPressure::mib).orElse(-1L),
                        mib(limit));
            } else {
                log.info("Memory is enough again: sign-ins and sign-ups are taken again");
            }
            memoryShort = nowShort;
        }
        return nowShort;
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** This JVM's own figures, and Linux's for the process. */
    static final class JvmGauge implements Gauge {

        private static final Path STATUS = Path.of("/proc/self/status");

        @Override
        public long heapAfterCollection() {
            // The collection that ended last says how much of the heap is really held.
            long latestEnd = -1;
            long used = 0;
            for (var collector : ManagementFactory.getPlatformMXBeans(GarbageCollectorMXBean.class)) {
                var last = collector.getLastGcInfo();
                if (last != null && last.getEndTime() > latestEnd) {
                    latestEnd = last.getEndTime();
                    used = 0;
                    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        var after = last.getMemoryUsageAfterGc().get(pool.getName());
                        if (pool.getType() == MemoryType.HEAP && after != null) {
                            used += after.getUsed();
                        }
                    }
                }
            }
            return used;
        }

        @Override
        public long heapMax() {
            return Runtime.getRuntime().maxMemory();
        }

        @Override
        public long heapCommitted() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        }

        @Override
        public Optional<Long> processAnonymous() {
            if (!Files.isReadable(STATUS)) {
                return Optional.empty();
            }
            try (var lines = Files.lines(STATUS)) {
                // "RssAnon:    123456 kB"
                return lines.filter(line -> line.startsWith("RssAnon:"))
                        .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
                        .findFirst();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public long memoryLimit() {
            return ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class)
                    .getTotalMemorySize();
        }
    }
}
