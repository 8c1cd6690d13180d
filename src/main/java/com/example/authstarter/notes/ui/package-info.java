/** The example's view: the current organization's notes. */
package com.example.authstarter.notes.ui;
