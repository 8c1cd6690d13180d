/**
 * Other providers on the pages: "Sign in with …" on the sign-in and registration pages, "Connected accounts" in My
 * account, "Confirm with …" in the dialog that confirms it is you.
 */
package com.example.authstarter.external.ui;
