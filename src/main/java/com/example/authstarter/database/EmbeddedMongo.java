package com.example.authstarter.database;

import com.mongodb.ConnectionString;

/** A MongoDB server this app started itself and stops when it stops. */
interface EmbeddedMongo extends AutoCloseable {

    ConnectionString connectionString();

    /** Names the server for the start-up log, in words a person understands. */
    String description();

    @Override
    void close();
}
