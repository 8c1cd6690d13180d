package com.example.authstarter.organization;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That a person belongs to an organization, with which role. The membership the person chose last ({@code
 * chosenAt}) is their current organization; one never chosen counts from when it began.
 */
@Document(Membership.COLLECTION)
record Membership(
        @Id String id,
        String organizationId,
        String username,
        String usernameKey,
        OrganizationRole role,
        Instant since,
        Instant chosenAt) {

    static final String COLLECTION = "organization_members";
    static final String ORGANIZATION_ID = "organizationId";
    static final String USERNAME_KEY = "usernameKey";
    static final String ROLE = "role";
    static final String SINCE = "since";
    static final String CHOSEN_AT = "chosenAt";
}
