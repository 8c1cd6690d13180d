/**
 * Vaadin Auth Starter. {@link com.example.authstarter.Application} starts it and is the app shell (PWA, theme).
 * The code is packaged by feature, one package each, with its views in {@code ui/}; the README's "Where things
 * are" names the file for each job, and {@code ArchitectureTest} says which feature may use which.
 */
package com.example.authstarter;
