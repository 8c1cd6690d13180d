/**
 * Passkeys (WebAuthn): the MongoDB stores behind Spring Security's WebAuthn endpoints, the relying party with this
 * site's settings, signing in with a passkey and the screening of those endpoints (its part of the security chain),
 * confirming it is you with one, and what the account page does with a person's passkeys (list, rename, remove).
 */
package com.example.authstarter.passkey;
