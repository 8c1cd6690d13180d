/**
 * Where people are signed in: the session registry shared by every instance through MongoDB ({@link
 * com.example.authstarter.sessions.SharedSessionRegistry}, its records, the instances that run), the devices that
 * keep them signed in ({@link com.example.authstarter.sessions.RememberedDevices}, "keep me signed in"), and the
 * ways to end either ({@link com.example.authstarter.sessions.Sessions}), also when an account changes.
 */
package com.example.authstarter.sessions;
