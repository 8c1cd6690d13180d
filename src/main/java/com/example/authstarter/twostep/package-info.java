/**
 * Two-step sign-in with an authenticator app: the time-based codes (RFC 6238), the one-time recovery codes and
 * where both are kept; the second step of signing in ({@link com.example.authstarter.twostep.TwoStepSignIn}, its code
 * check, filter and part of the security chain); its settings and events.
 */
package com.example.authstarter.twostep;
