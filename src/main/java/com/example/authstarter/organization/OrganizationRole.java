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

    /** Whether this role may change or remove a member who has {@code member}: owners anyone, admins not owners. */
    public boolean mayManage(OrganizationRole member) {
        return this == OWNER || (manages() && member != OWNER);
    }

    /** Whether this role may give {@code role}, by an invitation or a change: only owners make owners. */
    public boolean mayGive(OrganizationRole role) {
        return this == OWNER || (manages() && role != OWNER);
    }

    /** The translation key of the role's name. */
    public String textKey() {
        return "org.role." + name();
    }
}
