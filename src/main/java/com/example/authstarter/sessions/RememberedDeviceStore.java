package com.example.authstarter.sessions;

import com.example.authstarter.base.ExpiringCollection;
import java.time.Instant;
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

/**
 * Keeps the "remember me" devices in MongoDB, so they survive restarts and are shared by every instance of
 * the app; {@link RememberedDevices} signs in with them. Devices unused for longer than a cookie lives are
 * swept.
 */
@Component
class RememberedDeviceStore implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    RememberedDeviceStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(RememberedDeviceRecord.class)
                .createIndex(new Index(RememberedDeviceRecord.USERNAME, Sort.Direction.ASC).named("username"));
    }

    @Bean
    static ExpiringCollection expiringUnusedDevices() {
        return new ExpiringCollection(
                RememberedDeviceRecord.COLLECTION,
                RememberedDeviceRecord.LAST_USED,
                RememberedDevices.VALIDITY,
                "expire_unused");
    }

    void create(RememberedDeviceRecord device) {
        mongo.insert(device);
    }

    RememberedDeviceRecord find(String series) {
        return mongo.findById(series, RememberedDeviceRecord.class);
    }

    /**
     * Moves the device from its current token to the next, if its current token is still {@code
     * currentHash}; false when another request moved it first.
     */
    boolean rotate(String series, String currentHash, String nextHash, Instant now) {
        return mongo.updateFirst(
                                Query.query(Criteria.where("_id")
                                        .is(series)
                                        .and(RememberedDeviceRecord.TOKEN_HASH)
                                        .is(currentHash)),
                                Update.update(RememberedDeviceRecord.TOKEN_HASH, nextHash)
                                        .set(RememberedDeviceRecord.PREVIOUS_TOKEN_HASH, currentHash)
                                        .set(RememberedDeviceRecord.ROTATED_AT, now)
                                        .set(RememberedDeviceRecord.LAST_USED, now),
                                RememberedDeviceRecord.class)
                        .getModifiedCount()
                == 1;
    }

    /** The user's remembered devices, most recently used first. */
    List<RememberedDeviceRecord> of(String username) {
        var query = Query.query(Criteria.where(RememberedDeviceRecord.USERNAME).is(username))
                .with(Sort.by(Sort.Direction.DESC, RememberedDeviceRecord.LAST_USED));
        return mongo.find(query, RememberedDeviceRecord.class);
    }

    /** Forgets one of the user's devices; a device of someone else is left alone. */
    void forget(String username, String series) {
        mongo.remove(
                Query.query(Criteria.where("_id")
                        .is(series)
                        .and(RememberedDeviceRecord.USERNAME)
                        .is(username)),
                RememberedDeviceRecord.class);
    }

    /** Forgets every device of the user. */
    void forgetAll(String username) {
        mongo.remove(
                Query.query(Criteria.where(RememberedDeviceRecord.USERNAME).is(username)),
                RememberedDeviceRecord.class);
    }
}
