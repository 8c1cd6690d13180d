package com.example.authstarter.database.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every write is on disk (handed to the operating system) before the client hears it succeeded. */
class DurableH2BackendTest {

    @TempDir
    Path dataDir;

    @Test
    void every_kind_of_write_is_committed_before_it_is_acknowledged() {
        var store = MVStore.open(dataDir.resolve("durable.mv").toString());
        // No timer commits behind the test's back: only the backend's own commits count.
        store.setAutoCommitDelay(0);
        var backend = new DurableH2Backend(store);
        var server = new MongoServer(backend);
        var address = server.bind();
        try (MongoClient client =
                MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            var things = client.getDatabase("durable").getCollection("things");
            List<Consumer<MongoCollection<Document>>> writes = List.of(
                    c -> c.insertOne(new Document("name", "a").append("n", 1)),
                    c -> c.insertMany(List.of(new Document("name", "b"), new Document("name", "c"))),
                    c -> c.updateOne(Filters.eq("name", "a"), Updates.inc("n", 1)),
                    c -> c.findOneAndUpdate(Filters.eq("name", "a"), Updates.set("seen", true)),
                    c -> c.createIndex(Indexes.ascending("name")),
                    c -> c.deleteOne(Filters.eq("name", "b")),
                    c -> c.replaceOne(Filters.eq("name", "c"), new Document("name", "c2")));
            for (var write : writes) {
                write.accept(things);
                assertThat(backend.allCommitted())
                        .as("committed after write %s", writes.indexOf(write))
                        .isTrue();
            }
        } finally {
            server.shutdown();
        }
    }

    @Test
    void the_plain_h2_backend_leaves_an_acknowledged_write_uncommitted() {
        // Why DurableH2Backend exists: without it an insert the client was told about is only in memory.
        var store = MVStore.open(dataDir.resolve("plain.mv").toString());
        store.setAutoCommitDelay(0);
        var server = new MongoServer(new H2Backend(store));
        var address = server.bind();
        try (MongoClient client =
                MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            client.getDatabase("plain").getCollection("things").insertOne(new Document("name", "lost"));
            assertThat(store.hasUnsavedChanges()).isTrue();
        } finally {
            server.shutdown();
        }
    }
}
