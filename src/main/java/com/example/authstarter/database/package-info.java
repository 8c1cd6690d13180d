/**
 * Which MongoDB the app uses: yours from {@code MONGODB_URI}, or an embedded one it starts itself (a real
 * mongod through flapdoodle, or the in-process fallback). The start-up log says which, on a line starting
 * with "Database:".
 */
package com.example.authstarter.database;
