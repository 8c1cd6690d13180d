package com.example.authstarter.organization;

/** A document that belongs to one organization ({@link OrganizationData}). */
public interface OrganizationOwned {

    /** The organization's id, stored as the field {@value OrganizationData#FIELD}. */
    String organizationId();
}
