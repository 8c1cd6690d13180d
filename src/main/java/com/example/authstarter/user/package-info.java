/**
 * Accounts: the {@code users} document and its repository, and one service per purpose: signing up
 * ({@link com.example.authstarter.user.SignUpService}), the members list, a person's own account, what
 * administrators do, and what sign-in reads. Add a field to users or a sign-up rule here.
 */
package com.example.authstarter.user;
