/** The development mailbox page, which shows what the embedded SMTP server received. */
package com.example.authstarter.mail.ui;
