/** The security event log in MongoDB (who did what, from where, never a secret) and its metric. */
package com.example.authstarter.audit;
