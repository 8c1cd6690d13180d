package com.example.authstarter.notes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.organization.Organizations;
import com.example.authstarter.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The example of an organization-scoped view: the current organization's notes, for its members. */
class NotesViewTest extends KaribuTest {

    @Autowired
    Organizations organizations;

    @Test
    void members_write_and_delete_notes_of_their_current_organization_only() {
        testUsers.create("mia");
        testUsers.verifyEmail("mia");
        testUsers.create("otto");
        testUsers.verifyEmail("otto");
        organizations.create("otto", "Other");
        signInAs("otto");
        UI.getCurrent().navigate(NotesView.class);
        _setValue(_get(NotesView.class).text, "Other's plan");
        _click(_get(NotesView.class).add);

        organizations.create("mia", "Mia’s team");
        signInAs("mia");
        UI.getCurrent().navigate(NotesView.class);
        var notes = _get(NotesView.class);
        assertThat(notes.title.getText()).isEqualTo("Notes of Mia’s team");
        assertThat(notes.list.getElement().getTextRecursively()).contains("No notes yet.");

        _click(notes.add);
        assertThat(notes.text.getErrorMessage()).isEqualTo("Write something first.");
        _setValue(notes.text, "Buy milk");
        _click(notes.add);
        assertThat(notes.list.getElement().getTextRecursively())
                .contains("Buy milk", "mia")
                .doesNotContain("Other's plan");

        _click(_get(notes.list, Button.class, spec -> spec.withText("Delete")));
        assertThat(_find(notes.list, Button.class)).isEmpty();
        assertThat(notes.list.getElement().getTextRecursively()).contains("No notes yet.");
    }
}
