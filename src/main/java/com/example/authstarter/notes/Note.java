package com.example.authstarter.notes;

import com.example.authstarter.organization.OrganizationOwned;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A note of an organization, as stored. */
@Document(Note.COLLECTION)
public record Note(@Id String id, String organizationId, String text, String author, Instant createdAt)
        implements OrganizationOwned {

    static final String COLLECTION = "notes";
    static final String CREATED_AT = "createdAt";
    public static final int MAX = 500;
}
