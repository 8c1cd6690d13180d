package com.example.authstarter.database.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;

/** The two ways to keep the embedded database in a file, so the benchmark can weigh what committing costs. */
public final class BenchBackends {

    private BenchBackends() {}

    /** What the app runs: every write committed before it is acknowledged. */
    public static MongoBackend committingEachWrite(Path file) {
        return DurableH2Backend.openFile(file.toString());
    }

    /** mongo-java-server's own H2 store, which commits on a one-second timer (and lost writes on SIGKILL). */
    public static MongoBackend committingOnTimer(Path file) {
        return new H2Backend(file.toString());
    }
}
