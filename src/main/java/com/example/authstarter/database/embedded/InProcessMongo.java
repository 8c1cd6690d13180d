package com.example.authstarter.database.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts mongo-java-server inside this JVM, on a free loopback port. It speaks the MongoDB wire protocol, so
 * the app talks to it through the same driver as to a real server; it has no transactions, which the app
 * does not use.
 */
final class InProcessMongo {

    static final String FILE_NAME = "mongo.mv";

    private InProcessMongo() {}

    /** Whether an earlier start left this server's data file in the folder. */
    static boolean holdsData(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(FILE_NAME));
    }

    static EmbeddedMongo start(EmbeddedMongoSettings settings, Path dataDir) {
        if (settings.storage() == EmbeddedMongoSettings.Storage.MEMORY) {
            return start(new MemoryBackend(), settings.databaseName(), "in memory only");
        }
        var file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + file.getParent(), e);
        }
        return start(
                DurableH2Backend.openFile(file.toString()),
                settings.databaseName(),
                "data in " + file + ", each write committed");
    }

    private static EmbeddedMongo start(MongoBackend backend, String databaseName, String storage) {
        var server = new MongoServer(backend);
        var address = server.bind();
        return EmbeddedMongo.at(
                address.getHostString(),
                address.getPort(),
                databaseName,
                "in-process mongo-java-server at " + address + ", " + storage,
                // Also closes the backend, which flushes and releases the H2 file.
                server::shutdown);
    }
}
