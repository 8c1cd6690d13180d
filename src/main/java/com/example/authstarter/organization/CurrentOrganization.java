package com.example.authstarter.organization;

import com.example.authstarter.base.NothingHereException;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * The organization the signed-in person works in now and their role in it: what your own views and services ask.
 * It is the one they chose last in the frame's switcher (remembered with their membership, so on every instance
 * and after signing in again), else the first they joined. Each call reads the database: a member removed or
 * given a lower role a moment ago, on any instance, is answered accordingly.
 */
@Service
public class CurrentOrganization {

    private final MembershipStore memberships;
    private final Organizations organizations;
    private final SecurityContextHolderStrategy contexts;

    CurrentOrganization(
            MembershipStore memberships, Organizations organizations, SecurityContextHolderStrategy contexts) {
        this.memberships = memberships;
        this.organizations = organizations;
        this.contexts = contexts;
    }

    /** The current organization, if the person is signed in and belongs to one. */
    public Optional<OrganizationContext> get() {
        var authentication = contexts.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        var username = authentication.getName();
        // The memberships just read carry the roles; an organization deleted a moment ago is skipped, and the next
        // one is current now.
        return memberships.ofPerson(username).stream()
                .flatMap(membership -> organizations.contextOf(membership, username).stream())
                .findFirst();
    }

    /**
     * The current organization, where the person has at least {@code role}; else "not found" (a 404 over HTTP, the
     * "not here" message in a view), as for a thing that is not there.
     */
    public OrganizationContext require(OrganizationRole role) {
        return get().filter(context -> context.may(role)).orElseThrow(NothingHereException::new);
    }
}
