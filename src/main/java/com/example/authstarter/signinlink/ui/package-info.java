/** The pages of sign-in links: asking for one, where one opens, and the link on the sign-in page. */
package com.example.authstarter.signinlink.ui;
