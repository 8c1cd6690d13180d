package com.example.authstarter.database.embedded;

import com.example.authstarter.base.DataSettings;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.boot.mongodb.autoconfigure.PropertiesMongoConnectionDetails;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The database when no {@code MONGODB_URI} is set: a real mongod through flapdoodle, or, when that cannot be
 * had (offline, an unsupported platform), mongo-java-server in this JVM. Spring Boot's Mongo client then
 * connects to whichever started, through the {@link MongoConnectionDetails} given here. With {@code
 * MONGODB_URI} set, the details are Spring Boot's own and nothing is started. Decided at run time rather than
 * by a condition: the production build fixes the set of beans ahead of time (Spring AOT), and {@code
 * MONGODB_URI} must still switch.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "close")
    MongoConnection mongoConnectionDetails(
            MongoProperties mongo,
            ObjectProvider<SslBundles> sslBundles,
            EmbeddedMongoSettings settings,
            DataSettings data) {
        if (StringUtils.hasText(mongo.getUri())) {
            return MongoConnection.configured(new PropertiesMongoConnectionDetails(mongo, sslBundles.getIfAvailable()));
        }
        var embedded = start(settings, data.dataDir());
        log.info("Database: {} (set MONGODB_URI to use your own MongoDB)", embedded.description());
        return MongoConnection.embedded(embedded);
    }

    private static EmbeddedMongo start(EmbeddedMongoSettings settings, Path dataDir) {
        return switch (plan(settings, dataDir)) {
            case IN_PROCESS -> InProcessMongo.start(settings, dataDir);
            case MONGOD -> FlapdoodleMongod.start(settings, dataDir);
            case STAY_IN_PROCESS -> {
                log.info(
                        "The data folder holds the in-process server's file ({}) from an earlier start, so no mongod"
                                + " is tried: the data stays where it is. For a real MongoDB, start on an empty"
                                + " APP_DATA_DIR or set MONGODB_URI.",
                        InProcessMongo.FILE_NAME);
                yield InProcessMongo.start(settings, dataDir);
            }
            case STAY_MONGOD -> {
                log.info(
                        "Starting the embedded mongod {} whose files are in the data folder", settings.mongodVersion());
                yield FlapdoodleMongod.start(settings, dataDir);
            }
            case MONGOD_ELSE_IN_PROCESS -> {
                log.info("Starting an embedded mongod {} (downloaded once, then cached)", settings.mongodVersion());
                yield firstAvailable(
                        () -> FlapdoodleMongod.start(settings, dataDir), () -> InProcessMongo.start(settings, dataDir));
            }
        };
    }

    /** Which server to start; on {@code auto}, the one whose data is already in the folder. */
    enum Plan {
        IN_PROCESS,
        MONGOD,
        /** auto, and the folder holds the in-process file: trying mongod would only hide that data. */
        STAY_IN_PROCESS,
        /** auto, and the folder holds mongod's files: falling back would show an empty database instead. */
        STAY_MONGOD,
        /** auto on a new folder: a real mongod if one can be had. */
        MONGOD_ELSE_IN_PROCESS
    }

    static Plan plan(EmbeddedMongoSettings settings, Path dataDir) {
        return switch (settings.embedded()) {
            case IN_PROCESS -> Plan.IN_PROCESS;
            case MONGOD -> Plan.MONGOD;
            case AUTO -> {
                if (FlapdoodleMongod.holdsData(dataDir)) {
                    yield Plan.STAY_MONGOD;
                }
                if (settings.storage() == EmbeddedMongoSettings.Storage.FILE && InProcessMongo.holdsData(dataDir)) {
                    yield Plan.STAY_IN_PROCESS;
                }
                yield Plan.MONGOD_ELSE_IN_PROCESS;
            }
        };
    }

    /** The preferred server, or the fallback when the preferred one cannot be started. */
    static EmbeddedMongo firstAvailable(Supplier<EmbeddedMongo> preferred, Supplier<EmbeddedMongo> fallback) {
        try {
            return preferred.get();
        } catch (RuntimeException e) {
            // Expected offline or where no mongod build exists: the in-process server keeps the app usable.
            log.warn(
                    "No real mongod could be started ({}); falling back to the in-process server."
                            + " Set app.mongodb.embedded=in-process to skip this attempt.",
                    rootMessage(e));
            return fallback.get();
        }
    }

    private static String rootMessage(Throwable e) {
        var root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
