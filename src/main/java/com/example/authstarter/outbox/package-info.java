/**
 * Work that must happen even if the app dies right after promising it: mails, and the requests that lead to
 * mails. It is written to MongoDB before the user is answered and carried out off the request thread by
 * whichever instance claims it first, again and again with back-off until it succeeds.
 */
package com.example.authstarter.outbox;
