/**
 * Slowing down guessing: the counters of failed attempts per account and per address in MongoDB ({@link
 * com.example.authstarter.throttle.SignInThrottle}, numbers in {@link
 * com.example.authstarter.throttle.ThrottleSettings}), and what every guessable check does around itself, up to
 * locking the account out ({@link com.example.authstarter.throttle.GuessLimits}).
 */
package com.example.authstarter.throttle;
