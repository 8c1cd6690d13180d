package com.example.authstarter.sessions;

import com.example.authstarter.base.ExpiringCollection;
import com.mongodb.client.result.UpdateResult;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@link SessionRecord}s in MongoDB: what every instance reads and writes about signed-in sessions. */
@Component
class SessionStore implements SmartInitializingSingleton {

    /** How much longer than its timeout a record is kept after the last request, for clocks that differ. */
    static final Duration MARGIN = Duration.ofMinutes(5);

    private final MongoTemplate mongo;
    private final Clock clock;

    SessionStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(SessionRecord.class)
                .createIndex(new Index(SessionRecord.USERNAME, Sort.Direction.ASC).named("username"));
    }

    @Bean
    static ExpiringCollection expiringSessions() {
        return ExpiringCollection.at(SessionRecord.COLLECTION, SessionRecord.EXPIRE_AT, "expire_at");
    }

    void insert(SessionRecord record) {
        mongo.insert(record);
    }

    SessionRecord find(String handle) {
        return mongo.findById(handle, SessionRecord.class);
    }

    /** The user's sessions that stand, on any instance. */
    List<SessionRecord> standing(String username) {
        return mongo.find(
                Query.query(Criteria.where(SessionRecord.USERNAME)
                        .is(username)
                        .and(SessionRecord.ENDED_AT)
                        .isNull()),
                SessionRecord.class);
    }

    /** Every standing session, of anyone. */
    List<SessionRecord> standingAll() {
        return mongo.find(Query.query(Criteria.where(SessionRecord.ENDED_AT).isNull()), SessionRecord.class);
    }

    /** The user's sessions, standing or ended but not yet let go of by their instance. */
    List<SessionRecord> all(String username) {
        return mongo.find(Query.query(Criteria.where(SessionRecord.USERNAME).is(username)), SessionRecord.class);
    }

    /** Notes a request on a standing session, and keeps its record for {@code keepFor} longer. */
    void touch(String handle, Duration keepFor) {
        var now = clock.instant();
        mongo.updateFirst(
                Query.query(Criteria.where("_id")
                        .is(handle)
                        .and(SessionRecord.ENDED_AT)
                        .isNull()),
                Update.update(SessionRecord.LAST_SEEN, now).set(SessionRecord.EXPIRE_AT, now.plus(keepFor)),
                SessionRecord.class);
    }

    /** Ends one of the user's standing sessions; returns whether there was one to end. */
    boolean end(String username, String handle, SessionEndReason reason) {
        return end(Criteria.where("_id").is(handle).and(SessionRecord.USERNAME).is(username), reason)
                        .getModifiedCount()
                > 0;
    }

    /** Ends every standing session of the user but {@code keepHandle} (null: all); returns how many. */
    long endAllExcept(String username, String keepHandle, SessionEndReason reason) {
        var which = Criteria.where(SessionRecord.USERNAME).is(username);
        if (keepHandle != null) {
            which = which.and("_id").ne(keepHandle);
        }
        return end(which, reason).getModifiedCount();
    }

    private UpdateResult end(Criteria which, SessionEndReason reason) {
        return mongo.updateMulti(
                Query.query(which.and(SessionRecord.ENDED_AT).isNull()),
                Update.update(SessionRecord.ENDED_AT, clock.instant()).set(SessionRecord.END_REASON, reason),
                SessionRecord.class);
    }

    /** Forgets a session its instance has let go of (signed out, timed out, or refused as ended). */
    void remove(String handle) {
        mongo.remove(Query.query(Criteria.where("_id").is(handle)), SessionRecord.class);
    }
}
