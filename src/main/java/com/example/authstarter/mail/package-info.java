/**
 * Mail: letters in the user's language, plain text and HTML, sent over SMTP to the server in
 * {@code spring.mail.*}, or to an embedded SMTP server on loopback when none is configured, whose messages
 * the development mailbox page shows. Features send through {@link com.example.authstarter.mail.Mailer}
 * from outbox handlers, so nothing is lost when SMTP is down.
 */
package com.example.authstarter.mail;
