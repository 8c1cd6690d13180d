/**
 * Views of the user feature: registration, verifying an address, "forgot password" and the reset page, and the
 * members list.
 */
package com.example.authstarter.user.ui;
