package com.example.authstarter.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.authstarter.testing.WithApp;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A round trip the database refuses is counted, through the driver the app really uses. */
@WithApp
class DatabaseFailuresIT {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Test
    void a_failed_round_trip_is_counted() {
        var before = meters.counter(DatabaseFailures.METRIC).count();

        assertThatThrownBy(() -> mongo.executeCommand("{\"noSuchCommand\": 1}")).isInstanceOf(RuntimeException.class);

        assertThat(meters.counter(DatabaseFailures.METRIC).count()).isEqualTo(before + 1);
    }
}
