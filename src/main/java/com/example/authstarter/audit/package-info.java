/**
 * The security event log in MongoDB (who did what, from where, never a secret) and its metric: every feature's
 * facts that implement {@link com.example.authstarter.audit.AuditedEvent}, and Spring Security's sign-ins,
 * refusals and sign-outs. Record another kind of event with a type in {@link
 * com.example.authstarter.audit.SecurityEvent} and an event that implements {@code AuditedEvent}.
 */
package com.example.authstarter.audit;
