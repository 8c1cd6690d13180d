package com.example.authstarter.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.account.AccountService;
import com.example.authstarter.testing.Mails;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Security changes are told to the account's owner by mail, whoever made them. */
@WithApp
class AccountNoticesIT {

    @Autowired
    AccountService accounts;

    @Autowired
    UserAdministration administration;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    Mails mails;

    @BeforeEach
    void clean() {
        testUsers.create("nora");
    }

    @Test
    void a_changed_password_is_told() {
        accounts.changePassword(
                "nora", UserFixtures.PASSWORD, "marmalade tractor sunset", "marmalade tractor sunset", null);

        var notice = mails.arrived("nora@example.com", "Your password was changed");

        assertThat(notice.text()).contains("every other session was signed out");
        // The mail links the settings page it speaks of.
        assertThat(notice.text()).contains("See where you are signed in:").contains("/account/sessions");
    }

    @Test
    void a_requested_change_of_address_links_the_email_page() {
        accounts.changeEmail("nora", UserFixtures.PASSWORD, "nora.new@example.com");

        var notice = mails.arrived("nora@example.com", "A change of your email address was requested");

        assertThat(notice.text()).contains("/account/email");
    }

    @Test
    void the_administrator_role_given_and_taken_is_told() {
        administration.grantAdmin("nora", "root");
        mails.arrived("nora@example.com", "You are now an administrator");

        administration.revokeAdmin("nora", "root");
        mails.arrived("nora@example.com", "You are no longer an administrator");
    }
}
