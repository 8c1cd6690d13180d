package com.example.authstarter.database.embedded;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.util.Locale;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 file store, committing every write before it is acknowledged. Left to itself the
 * store commits on a one-second timer, so a killed process lost the last second of writes the app had
 * already confirmed to its users; a real mongod journals, and this stands in for it. A commit hands the
 * change to the operating system: it survives the process being killed, not a power cut (that would take
 * an fsync per write; run a real MongoDB where that matters).
 */
final class DurableH2Backend extends H2Backend {

    /** The commands that change data; reads need no commit. */
    private static final Set<String> WRITES = Set.of(
            "insert",
            "update",
            "delete",
            "findandmodify",
            "create",
            "createindexes",
            "drop",
            "dropindexes",
            "dropdatabase",
            "renamecollection");

    private final MVStore store;

    DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    static DurableH2Backend openFile(String fileName) {
        return new DurableH2Backend(MVStore.open(fileName));
    }

    /** Whether every acknowledged write is committed; what the crash-safety test checks after each one. */
    boolean allCommitted() {
        return !store.hasUnsavedChanges();
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        var response = super.handleMessage(message);
        var command = message.getDocument().keySet().iterator().next();
        if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            commit();
        }
        return response;
    }
}
