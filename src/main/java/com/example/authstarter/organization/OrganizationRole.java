package com.example.authstarter.organization;

/**
 * A person's role in one organization. Owners do everything, including renaming, deleting and handing over the
 * organization; admins invite and manage members (not owners); members see who else is in it.
 */
public enum OrganizationRole {
    OWNER,
    ADMIN,
    MEMBER;

    /** Whether this role may do what {@code needed} may. */
    public boolean atLeast(OrganizationRole needed) {
        return ordinal() <= needed.ordinal();
    }

    /** Whether this role may manage members: invite, change roles, remove. */
    public boolean manages() {
        return atLeast(ADMIN);
    }

    /** The translation key of the role's name. */
    public String textKey() {
        return "org.role." + name();
    }
}
