/**
 * Passkeys in the pages: the browser side ({@code passkeys.js}, called through {@link
 * com.example.authstarter.passkey.ui.PasskeyScript}), the account page's section (add, rename, remove), the
 * sign-in page's button and autofill, and "confirm it is you" with a passkey.
 */
package com.example.authstarter.passkey.ui;
