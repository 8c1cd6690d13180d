/**
 * "My account" as settings pages ({@link com.example.authstarter.account.ui.AccountView}, one address per {@link
 * com.example.authstarter.account.ui.AccountPage}), made of sections ({@link
 * com.example.authstarter.account.ui.AccountSection}): the overview, password, email, where you are signed in,
 * remembered devices, recent activity and deleting the account are here; two-step sign-in and passkeys add their
 * own sections (and {@link com.example.authstarter.account.ui.AccountAttention} items for the overview) from their
 * packages. Add a section as a prototype-scoped component extending {@code AccountSection} that names its page,
 * placed by its {@code @Order}.
 */
package com.example.authstarter.account.ui;
