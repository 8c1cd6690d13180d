package com.example.authstarter.account.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Arrays;
import java.util.Optional;

/**
 * The pages of "My account", each at an address of its own ({@code /account/<segment>}), in the order of the
 * settings menu. A section ({@link AccountSection}) says on which page it stands. A new page is one more
 * constant here with its title in the translations ({@code account.page.<segment>}).
 */
public enum AccountPage {
    OVERVIEW("", VaadinIcon.USER),
    PASSWORD("password", VaadinIcon.PASSWORD),
    EMAIL("email", VaadinIcon.ENVELOPE),
    SECURITY("security", VaadinIcon.SHIELD),
    CONNECTED("connected", VaadinIcon.CONNECT),
    SESSIONS("sessions", VaadinIcon.LAPTOP),
    ACTIVITY("activity", VaadinIcon.LIST),
    DELETE("delete", VaadinIcon.TRASH);

    private final String segment;
    private final VaadinIcon icon;

    AccountPage(String segment, VaadinIcon icon) {
        this.segment = segment;
        this.icon = icon;
    }

    /** The page at {@code /account/<segment>}; the overview for none. */
    public static Optional<AccountPage> at(String segment) {
        var wanted = segment == null ? "" : segment;
        return Arrays.stream(values())
                .filter(page -> page.segment.equals(wanted))
                .findFirst();
    }

    /** The page's address without the leading slash, as Vaadin navigates: {@code account/security}. */
    public String path() {
        return segment.isEmpty() ? AccountView.ROUTE : AccountView.ROUTE + "/" + segment;
    }

    String titleKey() {
        return "account.page." + (segment.isEmpty() ? "overview" : segment);
    }

    VaadinIcon icon() {
        return icon;
    }
}
