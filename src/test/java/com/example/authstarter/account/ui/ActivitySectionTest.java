package com.example.authstarter.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ActivitySectionTest extends KaribuTest {

    @Test
    void the_recent_activity_is_listed_newest_first_in_words() {
        testUsers.create("olivia");
        signInAs("olivia");

        UI.getCurrent().navigate("account/activity");

        var events = _get(ActivitySection.class).events;
        assertThat(GridKt._size(events)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(events, 0)).contains("Signed in");
        assertThat(GridKt._getFormattedRow(events, 1)).contains("Account created");
    }

    @Test
    void a_german_member_reads_the_activity_in_german() {
        testUsers.create("greta");
        signInAs("greta");
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate("account/activity");

        var row = GridKt._getFormattedRow(_get(ActivitySection.class).events, 1);
        assertThat(row).contains("Konto angelegt");
        // German dates: day.month.year.
        assertThat(row.get(0)).matches("\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}:\\d{2}");
    }
}
