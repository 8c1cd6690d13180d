package com.example.authstarter.organization;

/**
 * An organization as one person sees it — their role in it, read from the database at the moment of asking: a
 * role taken away a moment ago on another instance is already gone here.
 *
 * @param username the person it was read for
 */
public record OrganizationContext(
        String organizationId, String name, String slug, OrganizationRole role, String username) {

    /** How the audit log names the organization: "Acme (acme)". */
    public String label() {
        return Organization.label(name, slug);
    }

    /** Whether the person may do what {@code needed} may here. */
    public boolean may(OrganizationRole needed) {
        return role.atLeast(needed);
    }
}
