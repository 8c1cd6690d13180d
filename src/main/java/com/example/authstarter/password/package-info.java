/**
 * Passwords: the rules a new one must meet ({@link com.example.authstarter.password.PasswordRules}, the common list,
 * the strength estimate, the breached-password lookup), checked in one place wherever one is set ({@link
 * com.example.authstarter.password.NewPasswords}); and hashing — Argon2id in libargon2 or in Java, NFKC first, a
 * bounded number at a time ({@link com.example.authstarter.password.PasswordHashingConfiguration}). Change a
 * password rule in {@code PasswordRules}.
 */
package com.example.authstarter.password;
