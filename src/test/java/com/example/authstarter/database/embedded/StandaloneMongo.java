package com.example.authstarter.database.embedded;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * mongo-java-server as a process of its own, on the app's durable H2 store: the one database that several
 * app instances share in the multi-instance test, and that the test can kill and start again. In
 * production this is a MongoDB replica set.
 */
public final class StandaloneMongo implements AutoCloseable {

    private static final String READY = "mongo-java-server ready on port ";

    private final Process process;
    private final Path log;

    private StandaloneMongo(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** In the new process: serves the H2 file {@code args[1]} on 127.0.0.1:{@code args[0]} until killed. */
    public static void main(String[] args) throws InterruptedException {
        var server = new MongoServer(DurableH2Backend.openFile(args[1]));
        server.bind("127.0.0.1", Integer.parseInt(args[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        System.out.println(READY + args[0]);
        new CountDownLatch(1).await();
    }

    /** Starts the server as a java process with this JVM's class path, and waits until it listens. */
    public static StandaloneMongo start(int port, Path file, Path log) throws IOException, InterruptedException {
        var java = ProcessHandle.current().info().command().orElse("java");
        var process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        StandaloneMongo.class.getName(),
                        String.valueOf(port),
                        file.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var started = new StandaloneMongo(process, log);
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!Files.readString(log).contains(READY + port)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("The MongoDB-wire server did not start:\n" + Files.readString(log));
            }
            Thread.sleep(50);
        }
        return started;
    }

    /** Kills the process at once (SIGKILL), as a crash or a pulled cable would end it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    @Override
    public String toString() {
        return "mongo-java-server process " + process.pid() + " (log " + log + ")";
    }
}
