/**
 * Who may reach what and how sign-in is defended: the Spring Security set-up, password hashing, the
 * throttle in front of every password check, remember-me devices and sessions ({@link
 * com.example.authstarter.security.SignIns}).
 */
package com.example.authstarter.security;
