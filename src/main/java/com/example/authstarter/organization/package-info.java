/**
 * Organizations: people working together. An organization ({@link com.example.authstarter.organization.Organization})
 * has members with a role each ({@link com.example.authstarter.organization.OrganizationRole}: owner, admin,
 * member), changed through {@link com.example.authstarter.organization.Organizations}; people join by an invitation
 * mailed to their address ({@link com.example.authstarter.organization.Invitations}). Your own views and services
 * ask {@link com.example.authstarter.organization.CurrentOrganization} which organization the person works in and
 * with which role, require a role with {@link com.example.authstarter.organization.RequiresOrganizationRole}, and
 * keep organization-owned documents through {@link com.example.authstarter.organization.OrganizationData}, which
 * adds the organization to every query. Nothing outside this package and {@code notes/} (the example) uses it:
 * delete both to take organizations out.
 */
package com.example.authstarter.organization;
