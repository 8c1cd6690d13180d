package com.example.authstarter.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * The database the benchmarked jar uses: mongo-java-server in this JVM (no real mongod can be downloaded
 * here), so the benchmark can fill it with accounts directly.
 */
final class BenchDatabase implements AutoCloseable {

    static final String NAME = "bench";

    private final MongoServer server;
    private final String uri;
    private final MongoClient client;
    private int accounts;

    BenchDatabase() {
        this(new MemoryBackend());
    }

    BenchDatabase(MongoBackend backend) {
        server = new MongoServer(backend);
        var address = server.bind();
        uri = "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + NAME;
        client = MongoClients.create(uri);
    }

    String uri() {
        return uri;
    }

    int accounts() {
        return accounts;
    }

    MongoCollection<Document> users() {
        return client.getDatabase(NAME).getCollection("users");
    }

    /** Adds accounts bench0, bench1, … up to {@code total}, all with the same password hash. */
    void fillTo(int total, String passwordHash) {
        var batch = new ArrayList<Document>(10_000);
        for (int i = accounts; i < total; i++) {
            batch.add(account(i, passwordHash));
            if (batch.size() == 10_000) {
                users().insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            users().insertMany(batch);
        }
        accounts = Math.max(accounts, total);
    }

    static String username(int i) {
        return "bench" + i;
    }

    /** What a sign-up asks of the database: is the name or email free, then store the account. */
    long signUpQueriesNanos(int i, String passwordHash) {
        var account = account(i, passwordHash)
                .append("username", "newcomer" + i)
                .append("usernameKey", "newcomer" + i)
                .append("email", "newcomer" + i + "@example.com")
                .append("emailKey", "newcomer" + i + "@example.com");
        long start = System.nanoTime();
        boolean taken = users().find(Filters.eq("usernameKey", "newcomer" + i)).first() != null
                || users().find(Filters.eq("emailKey", "newcomer" + i + "@example.com"))
                                .first()
                        != null;
        if (!taken) {
            users().insertOne(account);
        }
        long took = System.nanoTime() - start;
        users().deleteOne(Filters.eq("usernameKey", "newcomer" + i));
        return took;
    }

    List<String> usernames(int count) {
        var names = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            names.add(username(i));
        }
        return names;
    }

    private static Document account(int i, String passwordHash) {
        var name = username(i);
        return new Document("username", name)
                .append("usernameKey", name)
                .append("email", name + "@example.com")
                .append("emailKey", name + "@example.com")
                .append("passwordHash", passwordHash)
                .append("roles", List.of("USER"))
                .append("createdAt", new Date())
                .append("locked", false)
                .append("darkMode", false)
                .append("emailVerified", true)
                .append("language", "en");
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }
}
