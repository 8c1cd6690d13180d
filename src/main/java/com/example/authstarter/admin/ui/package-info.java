/** Administrators' pages under /admin: the user list with lock and role switches, and the security event log. */
package com.example.authstarter.admin.ui;
