/**
 * One-time tokens for the links in mails (verifying an address, resetting a password, signing in): 256
 * random bits that exist only in the link, stored as their SHA-256 hash, used once, expiring, swept.
 */
package com.example.authstarter.token;
