/**
 * The dialog that asks "confirm it is you" in place and then makes the change ({@link
 * com.example.authstarter.reauth.ui.SensitiveActions}); other features offer their ways in it (a code, a passkey).
 */
package com.example.authstarter.reauth.ui;
