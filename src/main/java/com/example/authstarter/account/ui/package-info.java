/**
 * The "My account" page ({@link com.example.authstarter.account.ui.AccountView}), made of sections ({@link
 * com.example.authstarter.account.ui.AccountSection}): password, email, where you are signed in, recent activity
 * and deleting the account are here; two-step sign-in and passkeys add their own sections from their packages.
 * Add a section as a prototype-scoped component extending {@code AccountSection}, placed by its {@code @Order}.
 */
package com.example.authstarter.account.ui;
