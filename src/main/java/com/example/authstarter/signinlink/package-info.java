/**
 * "Email me a sign-in link": asking for one, the mail, the tokens in MongoDB behind Spring Security's one-time-token
 * login, signing in with one, and its part of the security chain.
 */
package com.example.authstarter.signinlink;
