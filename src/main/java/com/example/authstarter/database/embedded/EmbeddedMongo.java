package com.example.authstarter.database.embedded;

import com.mongodb.ConnectionString;

/**
 * A MongoDB server this app started itself and stops when it stops.
 *
 * @param connectionString where the driver finds it, with the app's database name
 * @param description names the server for the start-up log, in words a person understands
 * @param stop shuts the server down
 */
record EmbeddedMongo(ConnectionString connectionString, String description, Runnable stop) implements AutoCloseable {

    static EmbeddedMongo at(String host, int port, String databaseName, String description, Runnable stop) {
        return new EmbeddedMongo(
                new ConnectionString("mongodb://" + host + ":" + port + "/" + databaseName), description, stop);
    }

    @Override
    public void close() {
        stop.run();
    }
}
