package com.example.authstarter.notes.ui;

import com.example.authstarter.base.RefusedInputException;
import com.example.authstarter.base.ui.Dates;
import com.example.authstarter.base.ui.FieldErrors;
import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.notes.Note;
import com.example.authstarter.notes.Notes;
import com.example.authstarter.organization.OrganizationRole;
import com.example.authstarter.organization.RequiresOrganizationRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The example of an organization-scoped view: the current organization's notes. {@code @RequiresOrganizationRole}
 * keeps it to the organization's members (a person in none is taken to the organizations page); the service does
 * the rest.
 */
@Route("notes")
@Menu(order = 4, icon = "vaadin:notebook", title = "menu.notes")
@PermitAll
@RequiresOrganizationRole(OrganizationRole.MEMBER)
public class NotesView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final H1 title = new H1();
    final TextArea text = new TextArea(getTranslation("notes.new"));
    final Button add = new Button(getTranslation("notes.add"));
    final Div list = new Div();

    private final Notes notes;

    NotesView(Notes notes) {
        this.notes = notes;
        text.setMaxLength(Note.MAX);
        text.setWidthFull();
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(click -> add());
        add(title, text, add, list);
    }

    /** At every navigation here: the current organization may have changed since the view was made. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        var context = notes.context();
        title.setText(getTranslation("notes.title", context.name()));
        list.removeAll();
        var all = notes.list();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("notes.none")));
        }
        for (var note : all) {
            var row = new Div(new Paragraph(note.text()));
            row.addClassName("note");
            var about = new Span(getTranslation("notes.by", note.author(), Dates.when(note.createdAt())));
            about.addClassName("org-since");
            row.add(about);
            if (notes.mayRemove(context, note)) {
                var remove = new Button(getTranslation("notes.delete"), click -> {
                    notes.remove(note.id());
                    show();
                });
                remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
                row.add(remove);
            }
            list.add(row);
        }
    }

    private void add() {
        try {
            notes.add(text.getValue());
        } catch (RefusedInputException refused) {
            FieldErrors.show(text, refused.problem());
            return;
        }
        text.clear();
        FieldErrors.clear(text);
        show();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "notes.heading");
    }
}
