package com.example.authstarter.user.ui;

import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.user.Member;
import com.example.authstarter.user.User;
import com.example.authstarter.user.UserService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.data.renderer.LocalDateTimeRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Everyone who has signed up. The grid asks the database for one page at a time as the user scrolls, so the
 * list stays quick however many members there are.
 */
@Route("members")
@Menu(order = 1, icon = "vaadin:users", title = "menu.members")
@PermitAll
public class MembersView extends Main implements HasDynamicTitle {

    final Grid<Member> grid = new Grid<>();

    MembersView(UserService users) {
        grid.addColumn(Member::username)
                .setHeader(getTranslation("members.username"))
                .setKey(User.USERNAME_KEY)
                .setSortable(true);
        grid.addColumn(Member::email).setHeader(getTranslation("members.email"));
        grid.addColumn(new LocalDateTimeRenderer<>(
                        member -> member.joined().atZone(ZoneId.systemDefault()).toLocalDateTime(),
                        () -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)))
                .setHeader(getTranslation("members.joined"))
                .setKey(User.CREATED_AT)
                .setSortable(true);
        grid.setItems(query -> users.members(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        addClassNames("view", "members-view");
        add(new H1(getTranslation("members.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "members.title");
    }
}
