package com.example.authstarter.database.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.authstarter.database.embedded.EmbeddedMongoConfiguration.Plan;
import com.example.authstarter.database.embedded.EmbeddedMongoSettings.Embedded;
import com.example.authstarter.database.embedded.EmbeddedMongoSettings.Storage;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoConfigurationTest {

    @Test
    void a_real_mongod_is_used_when_it_starts() {
        var mongod = named("mongod");

        var chosen = EmbeddedMongoConfiguration.firstAvailable(() -> mongod, () -> named("in-process"));

        assertThat(chosen).isSameAs(mongod);
    }

    @Test
    void the_in_process_server_is_used_when_mongod_cannot_be_downloaded() {
        var chosen = EmbeddedMongoConfiguration.firstAvailable(
                () -> {
                    throw new IllegalStateException("download failed", new UnknownHostException("fastdl.mongodb.org"));
                },
                () -> named("in-process"));

        assertThat(chosen.description()).isEqualTo("in-process");
    }

    @Test
    void a_failing_fallback_is_not_hidden() {
        assertThatThrownBy(() -> EmbeddedMongoConfiguration.firstAvailable(
                        () -> {
                            throw new IllegalStateException("no mongod");
                        },
                        () -> {
                            throw new IllegalStateException("data folder not writable");
                        }))
                .hasMessage("data folder not writable");
    }

    @Test
    void a_new_data_folder_tries_a_real_mongod_first(@TempDir Path dataDir) {
        assertThat(EmbeddedMongoConfiguration.plan(auto(Storage.FILE), dataDir)).isEqualTo(Plan.MONGOD_ELSE_IN_PROCESS);
    }

    @Test
    void a_folder_whose_data_is_in_the_in_process_file_stays_with_it_without_trying_mongod(@TempDir Path dataDir)
            throws Exception {
        Files.writeString(dataDir.resolve("mongo.mv"), "H2 file of an earlier start");
        // An earlier download that failed leaves mongod's folder empty.
        Files.createDirectories(dataDir.resolve("mongod"));

        assertThat(EmbeddedMongoConfiguration.plan(auto(Storage.FILE), dataDir)).isEqualTo(Plan.STAY_IN_PROCESS);
        // In memory, nothing of an earlier start is read: a new mongod attempt is harmless.
        assertThat(EmbeddedMongoConfiguration.plan(auto(Storage.MEMORY), dataDir))
                .isEqualTo(Plan.MONGOD_ELSE_IN_PROCESS);
    }

    @Test
    void a_folder_with_mongod_files_never_falls_back_to_an_empty_in_process_database(@TempDir Path dataDir)
            throws Exception {
        Files.createDirectories(dataDir.resolve("mongod"));
        Files.writeString(dataDir.resolve("mongod").resolve("WiredTiger"), "WiredTiger");

        assertThat(EmbeddedMongoConfiguration.plan(auto(Storage.FILE), dataDir)).isEqualTo(Plan.STAY_MONGOD);
    }

    @Test
    void an_explicit_choice_is_followed_whatever_the_folder_holds(@TempDir Path dataDir) throws Exception {
        Files.writeString(dataDir.resolve("mongo.mv"), "H2 file of an earlier start");

        assertThat(EmbeddedMongoConfiguration.plan(
                        new EmbeddedMongoSettings(Embedded.MONGOD, Storage.FILE, "8.0", "test"), dataDir))
                .isEqualTo(Plan.MONGOD);
        assertThat(EmbeddedMongoConfiguration.plan(
                        new EmbeddedMongoSettings(Embedded.IN_PROCESS, Storage.FILE, "8.0", "test"), dataDir))
                .isEqualTo(Plan.IN_PROCESS);
    }

    private static EmbeddedMongoSettings auto(Storage storage) {
        return new EmbeddedMongoSettings(Embedded.AUTO, storage, "8.0", "test");
    }

    private static EmbeddedMongo named(String description) {
        return EmbeddedMongo.at("localhost", 27017, "test", description, () -> {});
    }
}
