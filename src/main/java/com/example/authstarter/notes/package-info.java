/**
 * An example of data that belongs to an organization: notes its members write and see, and nobody else. Copy its
 * pattern for your own (a record with {@code organizationId}, a service that asks {@link
 * com.example.authstarter.organization.CurrentOrganization} and goes through {@link
 * com.example.authstarter.organization.OrganizationData}, a view with {@link
 * com.example.authstarter.organization.RequiresOrganizationRole}), then delete this package.
 */
package com.example.authstarter.notes;
