package com.example.authstarter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A memory-limited control group, made the way a container runtime makes one for {@code --memory=512m} (or a
 * Kubernetes limit), with a process started inside it. cgroup v1 ({@code /sys/fs/cgroup/memory}, as on the CI
 * machines) and v2 are both handled; making one needs root, which CI has. Besides the kernel's own figures (the
 * peak, the times the limit was hit, OOM kills) it samples the group's anonymous memory, the part the kernel
 * cannot reclaim, every 100 ms.
 */
public final class MemoryCgroup implements AutoCloseable {

    /** A group that only measures: no limit. */
    public static final long UNLIMITED = Long.MAX_VALUE;

    private static final Path V1 = Path.of("/sys/fs/cgroup/memory");
    private static final Path V2 = Path.of("/sys/fs/cgroup");

    private final Path dir;
    private final boolean v1;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong peakAnonymous = new AtomicLong();

    private MemoryCgroup(Path dir, boolean v1) {
        this.dir = dir;
        this.v1 = v1;
        sampler.scheduleAtFixedRate(this::sample, 0, 100, TimeUnit.MILLISECONDS);
    }

    /** A new group limited to {@code limitBytes} ({@link #UNLIMITED}: none), without swap. */
    public static MemoryCgroup create(String name, long limitBytes) throws IOException {
        boolean v1 = Files.isDirectory(V1) && Files.exists(V1.resolve("memory.limit_in_bytes"));
        if (!v1 && !Files.exists(V2.resolve("cgroup.controllers"))) {
            throw new AssertionError("No memory cgroup here (neither v1 at " + V1 + " nor v2 at " + V2
                    + "): this test needs Linux with cgroups, as CI has");
        }
        var dir = (v1 ? V1 : V2).resolve(name + "-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new AssertionError("Cannot make the cgroup " + dir + " (this test needs root, as CI has): " + e, e);
        }
        if (limitBytes == UNLIMITED) {
            return new MemoryCgroup(dir, v1);
        }
        if (v1) {
            write(dir.resolve("memory.limit_in_bytes"), limitBytes);
            var swap = dir.resolve("memory.memsw.limit_in_bytes");
            if (Files.exists(swap)) {
                write(swap, limitBytes);
            }
        } else {
            write(dir.resolve("memory.max"), limitBytes);
            write(dir.resolve("memory.swap.max"), 0);
        }
        return new MemoryCgroup(dir, v1);
    }

    /** {@code command}, started so that it runs inside this group (its own process id joins it, then it execs). */
    public List<String> wrap(List<String> command) {
        var wrapped = new ArrayList<>(
                List.of("sh", "-c", "echo $$ > '" + dir.resolve("cgroup.procs") + "' && exec \"$@\"", "sh"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** The most the group held at once, page cache included, as the kernel counts it against the limit. */
    public long peakBytes() {
        return read(v1 ? "memory.max_usage_in_bytes" : "memory.peak");
    }

    /** The most anonymous memory (heap, native allocations: what cannot be reclaimed) the samples saw. */
    public long peakAnonymousBytes() {
        sample();
        return peakAnonymous.get();
    }

    /** How often an allocation ran into the limit (and the kernel had to reclaim, or fail). */
    public long limitHits() {
        return v1 ? read("memory.failcnt") : stat("memory.events", "max");
    }

    /** Processes of the group the kernel killed for want of memory. */
    public long oomKills() {
        return v1 ? stat("memory.oom_control", "oom_kill") : stat("memory.events", "oom_kill");
    }

    /** The kernel's own account of the group, for a report: memory.stat and, on v1, its kernel memory. */
    public String describe() {
        var text = new StringBuilder();
        for (var file : List.of("memory.stat", "memory.kmem.usage_in_bytes", "memory.kmem.max_usage_in_bytes")) {
            var path = dir.resolve(file);
            if (Files.exists(path)) {
                try {
                    text.append("# ").append(file).append('\n').append(Files.readString(path));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return text.toString();
    }

    private void sample() {
        long anonymous = v1 ? stat("memory.stat", "total_rss") : stat("memory.stat", "anon");
        peakAnonymous.accumulateAndGet(anonymous, Math::max);
    }

    private long read(String file) {
        try {
            return Long.parseLong(Files.readString(dir.resolve(file)).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long stat(String file, String key) {
        try (var lines = Files.lines(dir.resolve(file))) {
            return lines.filter(line -> line.startsWith(key + " "))
                    .mapToLong(line ->
                            Long.parseLong(line.substring(key.length() + 1).trim()))
                    .findFirst()
                    .orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, long value) throws IOException {
        Files.writeString(file, Long.toString(value));
    }

    /** Removes the group; its processes must have ended. */
    @Override
    public void close() throws IOException, InterruptedException {
        sampler.shutdownNow();
        sampler.awaitTermination(5, TimeUnit.SECONDS);
        for (int attempt = 0; attempt < 50; attempt++) {
            if (Files.readString(dir.resolve("cgroup.procs")).isBlank()) {
                Files.delete(dir);
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Processes are still running in " + dir);
    }
}
