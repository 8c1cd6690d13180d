/**
 * What every feature shares and nothing feature-specific: the clock and this instance's name, where local data
 * lives and the public address of links, rate limits and expiring collections in MongoDB, slices of a query for
 * lazy lists, independent reads at once, a refused input's problem and field, SHA-256 of stored secrets, telling a
 * database outage apart, "server busy" and when memory is short, and the start-up line on the AOT cache. It
 * depends on no feature (ArchitectureTest).
 */
package com.example.authstarter.base;
