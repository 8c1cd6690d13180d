package com.example.authstarter.user.ui;

import com.example.authstarter.user.Member;
import com.example.authstarter.user.User;
import com.example.authstarter.user.UserService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.data.renderer.LocalDateTimeRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Members | Vaadin Auth Starter")
@Menu(order = 1, icon = "vaadin:users", title = "Members")
@PermitAll
public class MembersView extends Main {

    final Grid<Member> grid = new Grid<>();

    MembersView(UserService users) {
        grid.addColumn(Member::username)
                .setHeader("Username")
                .setKey(User.USERNAME_KEY)
                .setSortable(true);
        grid.addColumn(Member::email).setHeader("Email");
        grid.addColumn(new LocalDateTimeRenderer<>(
                        member -> member.joined().atZone(ZoneId.systemDefault()).toLocalDateTime(),
                        () -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)))
                .setHeader("Joined")
                .setKey(User.CREATED_AT)
                .setSortable(true);
        grid.setItems(query -> users.members(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        addClassNames("view", "members-view");
        add(new H1("Members"), grid);
    }
}
