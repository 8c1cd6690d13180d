/**
 * "My account": what signed-in people do to their own account ({@link com.example.authstarter.account.AccountService}:
 * a new password, a new address, deleting the account), each after confirming it is them.
 */
package com.example.authstarter.account;
