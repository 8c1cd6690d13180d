/**
 * The embedded database, used when no {@code MONGODB_URI} is set: a real mongod through flapdoodle, or
 * mongo-java-server in this JVM when that cannot be had. An app that always names its MongoDB deletes this
 * folder and the dependencies marked "embedded database" in pom.xml (see the README).
 */
package com.example.authstarter.database.embedded;
