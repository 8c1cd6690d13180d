package com.example.authstarter.notes;

import com.example.authstarter.base.Problem;
import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.organization.CurrentOrganization;
import com.example.authstarter.organization.OrganizationContext;
import com.example.authstarter.organization.OrganizationData;
import com.example.authstarter.organization.OrganizationEvents;
import com.example.authstarter.organization.OrganizationRole;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The current organization's notes: members read and write them; a note is deleted by its author or by the
 * organization's owners and admins. Every call asks for the current organization and the person's role in it
 * now, and every query goes through {@link OrganizationData}, so another organization's note is "not found".
 */
@Service
public class Notes implements SmartInitializingSingleton {

    public static final Problem EMPTY = Problem.of("notes.rule.empty");
    public static final Problem TOO_LONG = Problem.of("notes.rule.too-long", Note.MAX);

    private final OrganizationData data;
    private final CurrentOrganization current;
    private final MongoTemplate mongo;
    private final Clock clock;

    Notes(OrganizationData data, CurrentOrganization current, MongoTemplate mongo, Clock clock) {
        this.data = data;
        this.current = current;
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(Note.class)
                .createIndex(new Index(OrganizationData.FIELD, Sort.Direction.ASC)
                        .on(Note.CREATED_AT, Sort.Direction.DESC)
                        .named("by_organization"));
    }

    /** The current organization's notes, newest first. */
    public List<Note> list() {
        return data.find(
                OrganizationRole.MEMBER, new Query().with(Sort.by(Sort.Direction.DESC, Note.CREATED_AT)), Note.class);
    }

    /** @throws RefusedInputException on the text field */
    public Note add(String text) {
        var clean = text == null ? "" : text.strip();
        RefusedInputException.refuseIf(RefusedInputException.Field.TEXT, problem(clean));
        return data.insert(
                OrganizationRole.MEMBER,
                organization ->
                        new Note(null, organization.organizationId(), clean, organization.username(), clock.instant()));
    }

    /** Deletes a note: its author may, and the organization's owners and admins. */
    public void remove(String id) {
        var note = data.get(OrganizationRole.MEMBER, id, Note.class);
        var theirs =
                note.author().equals(current.require(OrganizationRole.MEMBER).username());
        data.remove(theirs ? OrganizationRole.MEMBER : OrganizationRole.ADMIN, id, Note.class);
    }

    /** Whether the person may delete {@code note}: theirs, or they manage the organization. */
    public boolean mayRemove(OrganizationContext context, Note note) {
        return note.author().equals(context.username()) || context.may(OrganizationRole.ADMIN);
    }

    /** The current organization as the person sees it, for a view to show what they may do. */
    public OrganizationContext context() {
        return current.require(OrganizationRole.MEMBER);
    }

    /** A deleted organization's notes go with it. */
    @EventListener
    void onOrganizationDeleted(OrganizationEvents.Deleted deleted) {
        data.removeAll(deleted, Note.class);
    }

    private static Optional<Problem> problem(String text) {
        if (text.isEmpty()) {
            return Optional.of(EMPTY);
        }
        return text.length() > Note.MAX ? Optional.of(TOO_LONG) : Optional.empty();
    }
}
