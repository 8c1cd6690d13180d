/** The sign-in page (Vaadin's LoginOverlay posting to Spring Security) and the sign-out page. */
package com.example.authstarter.security.ui;
