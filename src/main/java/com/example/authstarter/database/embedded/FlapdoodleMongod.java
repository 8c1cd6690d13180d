package com.example.authstarter.database.embedded;

import de.flapdoodle.embed.mongo.distribution.Version;
import de.flapdoodle.embed.mongo.transitions.Mongod;
import de.flapdoodle.embed.mongo.types.DatabaseDir;
import de.flapdoodle.reverse.transitions.Start;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts a real mongod process with flapdoodle. The binaries are downloaded on first use and cached under
 * {@code ~/.embedmongo}; the database files live in the app's data folder, so data survives a restart.
 */
final class FlapdoodleMongod {

    static final String DIR_NAME = "mongod";

    private FlapdoodleMongod() {}

    /** Whether an earlier start left mongod's files here (a failed download leaves the folder empty). */
    static boolean holdsData(Path dataDir) {
        var dbDir = dataDir.resolve(DIR_NAME);
        if (!Files.isDirectory(dbDir)) {
            return false;
        }
        try (var files = Files.list(dbDir)) {
            return files.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the database folder " + dbDir.toAbsolutePath(), e);
        }
    }

    static EmbeddedMongo start(EmbeddedMongoSettings settings, Path dataDir) {
        var dbDir = dataDir.resolve(DIR_NAME);
        try {
            Files.createDirectories(dbDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database folder " + dbDir.toAbsolutePath(), e);
        }
        var process = Mongod.instance()
                .withDatabaseDir(Start.to(DatabaseDir.class).initializedWith(DatabaseDir.of(dbDir)))
                .start(Version.Main.valueOf("V" + settings.mongodVersion().replace('.', '_')));
        var address = process.current().getServerAddress();
        return EmbeddedMongo.at(
                address.getHost(),
                address.getPort(),
                settings.databaseName(),
                "embedded mongod at " + address + ", files in " + dbDir.toAbsolutePath(),
                process::close);
    }
}
