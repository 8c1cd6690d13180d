package com.example.authstarter.base;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;

/** Tells a database that cannot be reached apart from every other failure: the first is told as such. */
public final class Outages {

    private Outages() {}

    /** Whether {@code thrown}, or anything that caused it, says the database could not be reached. */
    public static boolean isDatabaseOutage(Throwable thrown) {
        for (var cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof MongoTimeoutException
                    || cause instanceof MongoSocketException) {
                return true;
            }
        }
        return false;
    }
}
