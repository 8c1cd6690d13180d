/**
 * Accounts: the {@code users} document and its repository, every change to one as a targeted update ({@link
 * com.example.authstarter.user.UserChanges}), and one service per purpose: signing up ({@link
 * com.example.authstarter.user.SignUpService}, with the username and email rules), verifying an address and moving to
 * a new one, resetting a forgotten password, a person's own changes once confirmed, what administrators do (the one
 * place that grants the administrator role), the members list, what sign-in reads and writes, and the notices by
 * mail. Add a field to users here.
 */
package com.example.authstarter.user;
