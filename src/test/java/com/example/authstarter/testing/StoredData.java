package com.example.authstarter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Data an earlier version of the app stored, for tests that read it through today's code: {@code
 * src/test/resources/stored-data/} holds what the app wrote through its own flows before its packages were
 * rearranged (issue 21; written by {@code GenerateStoredDataFixtures} in commit 60f052f), one file of Extended
 * JSON per collection with the class names of that time in {@code _class}, and the secrets the data was made
 * with ({@code secrets.json}: passwords, tokens, a passkey's keys). It is loaded as it was stored, moved to the
 * present: every date shifted by the time since it was written.
 */
@Component
public class StoredData {

    private static final Path STORED = Path.of("src/test/resources/stored-data");

    private final MongoTemplate mongo;

    StoredData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Loads every collection into the (empty) database; returns the secrets it was made with. */
    public Document load() {
        try {
            var secrets = Document.parse(Files.readString(STORED.resolve("secrets.json")));
            var since = Duration.between(secrets.getDate("writtenAt").toInstant(), Instant.now());
            try (var files = Files.list(STORED.resolve("collections"))) {
                for (var file : files.toList()) {
                    var collection = file.getFileName().toString().replace(".json", "");
                    var documents = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                            .filter(line -> !line.isBlank())
                            .map(line -> (Document) shifted(Document.parse(line), since))
                            .toList();
                    if (!documents.isEmpty()) {
                        mongo.getCollection(collection).insertMany(documents);
                    }
                }
            }
            return secrets;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The id of the one document that was stored in {@code collection}. */
    public String storedId(String collection) {
        return mongo.getCollection(collection).find().first().getString("_id");
    }

    /** Every date in {@code value}, however deep, moved on by {@code by}; everything else as it was. */
    private static Object shifted(Object value, Duration by) {
        return switch (value) {
            case Date date -> Date.from(date.toInstant().plus(by));
            case Document document -> {
                document.replaceAll((key, inner) -> shifted(inner, by));
                yield document;
            }
            case List<?> list -> list.stream().map(inner -> shifted(inner, by)).toList();
            default -> value;
        };
    }
}
