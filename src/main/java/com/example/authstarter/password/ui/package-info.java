/** The strength meter every form shows under a new password. */
package com.example.authstarter.password.ui;
