/**
 * The frame and shared parts of every page: the main layout and its menu, the start page, error pages,
 * texts and dates in the user's language, how a form shows a refused field, the central error handler.
 * A feature's views use these; these use no feature.
 */
package com.example.authstarter.base.ui;
