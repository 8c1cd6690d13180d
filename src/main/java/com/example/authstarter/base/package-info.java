/**
 * What every feature shares and nothing feature-specific: the clock, where local data lives, slices of a
 * query for lazy lists, a refused input's problem, "server busy". It depends on no feature (ArchitectureTest).
 */
package com.example.authstarter.base;
