package com.example.authstarter.database.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the embedded database is run when no {@code MONGODB_URI} is given.
 *
 * @param embedded which embedded server to start
 * @param storage where the in-process fallback keeps its data
 * @param mongodVersion the MongoDB version flapdoodle downloads
 * @param databaseName the database the app uses on the embedded server
 */
@ConfigurationProperties("app.mongodb")
public record EmbeddedMongoSettings(
        @DefaultValue("auto") Embedded embedded,
        @DefaultValue("file") Storage storage,
        @DefaultValue("8.0") String mongodVersion,
        @DefaultValue("authstarter") String databaseName) {

    public enum Embedded {
        /** A real mongod if one can be had (downloaded once, cached), else the in-process server. */
        AUTO,
        /** A real mongod or nothing: start-up fails when it cannot be downloaded or started. */
        MONGOD,
        /** The in-process server only; no download is tried. */
        IN_PROCESS
    }

    public enum Storage {
        /** An H2 file under the data folder: data survives a restart. */
        FILE,
        /** Nothing on disk: for tests. */
        MEMORY
    }
}
