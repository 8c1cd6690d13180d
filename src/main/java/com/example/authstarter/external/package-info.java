/**
 * Signing in with an identity people already have (company SSO over OpenID Connect, Google, GitHub): the
 * providers from Spring Boot's {@code spring.security.oauth2.client.*} settings, read at run time ({@link
 * com.example.authstarter.external.ExternalProviders}); Spring Security's OAuth2 login as this feature's part of
 * the chain; identities stored by issuer and subject, never by address ({@link
 * com.example.authstarter.external.ExternalIdentities}); the rules for a first sign-in and for linking ({@link
 * com.example.authstarter.external.ExternalSignIn}); "Connected accounts" in My account. No provider configured:
 * nothing of this is in the chain or on any page.
 */
package com.example.authstarter.external;
