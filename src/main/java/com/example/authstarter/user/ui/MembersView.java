package com.example.authstarter.user.ui;

import com.example.authstarter.base.ui.Dates;
import com.example.authstarter.base.ui.Grids;
import com.example.authstarter.base.ui.PageTitles;
import com.example.authstarter.user.Member;
import com.example.authstarter.user.MemberDirectory;
import com.example.authstarter.user.User;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;

/**
 * Everyone who has signed up: names and when they joined. The grid asks the database for one slice at a
 * time as the user scrolls, so the list stays quick however many members there are.
 */
@Route("members")
@Menu(order = 1, icon = "vaadin:users", title = "menu.members")
@PermitAll
public class MembersView extends Main implements HasDynamicTitle {

    final Grid<Member> grid = new Grid<>();

    MembersView(MemberDirectory members) {
        grid.addColumn(Member::username)
                .setHeader(getTranslation("members.username"))
                .setKey(User.USERNAME_KEY)
                .setSortable(true);
        grid.addColumn(member -> Dates.day(member.joined()))
                .setHeader(getTranslation("members.joined"))
                .setKey(User.CREATED_AT)
                .setSortable(true);
        var name = grid.getColumns().getFirst();
        name.setFlexGrow(2);
        grid.setItems(query -> members.members(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        Grids.fitRows(
                grid,
                !members.members(PageRequest.of(0, Grids.ALL_ROWS_UP_TO)).hasNext(),
                getTranslation("members.none"));
        addClassName("members-view");
        add(new H1(getTranslation("members.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "members.title");
    }
}
