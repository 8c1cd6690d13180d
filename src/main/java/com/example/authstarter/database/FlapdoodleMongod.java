package com.example.authstarter.database;

import com.mongodb.ConnectionString;
import de.flapdoodle.embed.mongo.distribution.Version;
import de.flapdoodle.embed.mongo.transitions.Mongod;
import de.flapdoodle.embed.mongo.transitions.RunningMongodProcess;
import de.flapdoodle.embed.mongo.types.DatabaseDir;
import de.flapdoodle.reverse.TransitionWalker;
import de.flapdoodle.reverse.transitions.Start;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real mongod process run by flapdoodle. The binaries are downloaded on first use and cached under
 * {@code ~/.embedmongo}; the database files live in the app's data folder, so data survives a restart.
 */
final class FlapdoodleMongod implements EmbeddedMongo {

    private final TransitionWalker.ReachedState<RunningMongodProcess> process;
    private final ConnectionString connectionString;
    private final String description;

    private FlapdoodleMongod(
            TransitionWalker.ReachedState<RunningMongodProcess> process, String databaseName, Path dbDir) {
        this.process = process;
        var address = process.current().getServerAddress();
        this.connectionString =
                new ConnectionString("mongodb://" + address.getHost() + ":" + address.getPort() + "/" + databaseName);
        this.description = "embedded mongod at " + address + ", files in " + dbDir.toAbsolutePath();
    }

    static FlapdoodleMongod start(MongoSettings settings) {
        var dbDir = settings.dataDir().resolve("mongod");
        try {
            Files.createDirectories(dbDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database folder " + dbDir.toAbsolutePath(), e);
        }
        var process = Mongod.instance()
                .withDatabaseDir(Start.to(DatabaseDir.class).initializedWith(DatabaseDir.of(dbDir)))
                .start(Version.Main.valueOf("V" + settings.mongodVersion().replace('.', '_')));
        return new FlapdoodleMongod(process, settings.databaseName(), dbDir);
    }

    @Override
    public ConnectionString connectionString() {
        return connectionString;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() {
        process.close();
    }
}
