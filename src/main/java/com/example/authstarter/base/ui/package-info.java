/**
 * The frame and shared parts of every page: the main layout and its menu, the start page, the error pages (in the
 * app and before Vaadin is reached, with the 503 of an outage and the 503 "busy" while memory is short), texts, titles and dates in the user's language,
 * short notices, how a form shows a refused field, plain forms posting to Spring Security with their CSRF token,
 * the "ask by mail" page, the sign-in page's address and parameters, and the central error handler. A feature's
 * views use these; these use no feature.
 */
package com.example.authstarter.base.ui;
