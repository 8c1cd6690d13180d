package com.example.authstarter.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.base.ui.HomeView;
import com.example.authstarter.testing.KaribuTest;
import com.example.authstarter.user.User;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MembersViewTest extends KaribuTest {

    @Test
    void a_signed_in_user_sees_the_members_oldest_first() {
        testUsers.create("frank");
        testUsers.create("grace");
        signInAs("grace");

        UI.getCurrent().navigate(MembersView.class);

        var grid = _get(MembersView.class).grid;
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).username()).isEqualTo("frank");
        assertThat(GridKt._get(grid, 1).username()).isEqualTo("grace");
    }

    @Test
    void a_member_sees_no_other_members_email_address() {
        testUsers.create("frank");
        testUsers.create("grace");
        signInAs("grace");

        UI.getCurrent().navigate(MembersView.class);

        var grid = _get(MembersView.class).grid;
        for (int row = 0; row < GridKt._size(grid); row++) {
            assertThat(GridKt._getFormattedRow(grid, row)).noneMatch(cell -> cell.contains("@"));
        }
    }

    @Test
    void join_dates_are_written_in_the_members_language() {
        var joined = LocalDate.ofInstant(testUsers.create("greta").joined(), ZoneOffset.UTC);
        signInAs("greta");

        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(MembersView.class);
        var german = GridKt._getFormattedRow(_get(MembersView.class).grid, 0).get(1);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(HomeView.class);
        UI.getCurrent().navigate(MembersView.class);
        var english = GridKt._getFormattedRow(_get(MembersView.class).grid, 0).get(1);

        assertThat(german).isEqualTo(joined.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertThat(english).isEqualTo(joined.format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH)));
    }

    @Test
    void a_username_that_looks_like_markup_is_shown_as_text() {
        // The registration rules refuse such names; stored text must still never be rendered as HTML.
        testUsers.insertUnchecked("<img src=x onerror=alert(1)>", "x@example.com");
        testUsers.create("amy");
        signInAs("amy");
        UI.getCurrent().navigate(MembersView.class);

        var grid = _get(MembersView.class).grid;
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("<img src=x onerror=alert(1)>");
        // A plain value column is rendered by the browser as text content, never as markup.
        assertThat(grid.getColumnByKey(User.USERNAME_KEY)
                        .getRenderer()
                        .getClass()
                        .getSimpleName())
                .isEqualTo("ColumnPathRenderer");
    }
}
