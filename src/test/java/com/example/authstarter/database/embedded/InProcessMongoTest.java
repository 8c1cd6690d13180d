package com.example.authstarter.database.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InProcessMongoTest {

    @TempDir
    Path dataDir;

    @Test
    void data_in_the_file_store_survives_a_restart() {
        var settings = new EmbeddedMongoSettings(
                EmbeddedMongoSettings.Embedded.IN_PROCESS, EmbeddedMongoSettings.Storage.FILE, "8.0", "restart_test");
        try (var mongo = InProcessMongo.start(settings, dataDir);
                var client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("restart_test").getCollection("things").insertOne(new Document("name", "kept"));
        }
        assertThat(Files.exists(dataDir.resolve("mongo.mv"))).isTrue();

        try (var mongo = InProcessMongo.start(settings, dataDir);
                var client = MongoClients.create(mongo.connectionString())) {
            var found = client.getDatabase("restart_test")
                    .getCollection("things")
                    .find()
                    .first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("kept");
            assertThat(mongo.description()).contains("in-process").contains(dataDir.toString());
        }
    }
}
