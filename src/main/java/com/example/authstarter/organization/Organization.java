package com.example.authstarter.organization;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organization, as stored. Its {@code slug} is its address ({@code /organizations/<slug>}), made once from
 * the first name and kept when it is renamed, so links keep working.
 */
@Document(Organization.COLLECTION)
record Organization(@Id String id, String name, String slug, Instant createdAt, String createdBy) {

    static final String COLLECTION = "organizations";
    static final String NAME = "name";
    static final String SLUG = "slug";
    static final String CREATED_AT = "createdAt";

    /** How the audit log names it: "Acme (acme)". */
    String label() {
        return label(name, slug);
    }

    static String label(String name, String slug) {
        return name + " (" + slug + ")";
    }
}
