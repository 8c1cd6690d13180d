/**
 * The sign-in page (Vaadin's LoginOverlay posting to Spring Security), which other ways in extend ({@link
 * com.example.authstarter.signin.ui.SignInPageExtension}), and the sign-out page.
 */
package com.example.authstarter.signin.ui;
