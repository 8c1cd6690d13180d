/**
 * Two-step sign-in in the pages: the code page of the second step, the account page's section (set up, recovery
 * codes, turn off), "confirm it is you" with a code, and the requirement for administrators.
 */
package com.example.authstarter.twostep.ui;
