package com.example.authstarter.database.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

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

    private static EmbeddedMongo named(String description) {
        return EmbeddedMongo.at("localhost", 27017, "test", description, () -> {});
    }
}
