/**
 * Confirming it is you ("sudo mode"): the policy of which changes ask for the password every time and which accept
 * a recent sign-in ({@link com.example.authstarter.reauth.SensitiveAction}), and the one service that applies it and
 * checks the password ({@link com.example.authstarter.reauth.IdentityConfirmation}).
 */
package com.example.authstarter.reauth;
