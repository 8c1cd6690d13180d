/**
 * Two-step sign-in with an authenticator app: the time-based codes (RFC 6238), the one-time recovery codes,
 * and where both are kept. The second step of signing in is in {@code security}; the account page's section
 * that turns it on and off is in {@code account.ui}.
 */
package com.example.authstarter.twostep;
