/**
 * Signing in: the security filter chain's assembly ({@link com.example.authstarter.signin.SecurityConfiguration},
 * which applies each feature's {@link com.example.authstarter.signin.SecurityChainPart}), who may reach what, the
 * security headers, the password sign-in with the throttle in front ({@link
 * com.example.authstarter.signin.PasswordSignIn}), how every way of signing in ends ({@link
 * com.example.authstarter.signin.SignInResponses}, {@link com.example.authstarter.signin.SignInChecks}), and the
 * hook for a second step ({@link com.example.authstarter.signin.SecondStep}).
 */
package com.example.authstarter.signin;
