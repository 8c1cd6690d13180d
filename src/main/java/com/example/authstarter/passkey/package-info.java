/**
 * Passkeys (WebAuthn): the MongoDB stores behind Spring Security's WebAuthn endpoints, the relying party
 * with this site's settings, and what the account page does with a person's passkeys (list, rename,
 * remove). Signing in with one is wired in the security feature.
 */
package com.example.authstarter.passkey;
