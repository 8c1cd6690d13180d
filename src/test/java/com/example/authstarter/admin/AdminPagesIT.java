package com.example.authstarter.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import com.example.authstarter.user.UserAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Administration pages at HTTP level: an anonymous visitor is sent to sign in, members are refused with the
 * app's page, administrators let in.
 */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class AdminPagesIT {

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    UserAdministration administration;

    HttpsClient browser;

    @BeforeEach
    void setUp() throws Exception {
        testUsers.create("rita");
        browser = new HttpsClient(ports.httpsPort());
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() throws Exception {
        for (var path : new String[] {"/admin", "/admin/events"}) {
            var response = browser.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(HttpsClient.location(response)).as(path).isEqualTo("/login");
        }
    }

    @Test
    void a_member_is_refused_the_administration_pages_with_the_apps_access_denied_page() throws Exception {
        browser.signIn("rita", UserFixtures.PASSWORD);

        for (var path : new String[] {"/admin", "/admin/events"}) {
            var response = browser.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body())
                    .as(path)
                    .contains("You may not open this page", "Go to the start page")
                    .doesNotContain("Whitelabel");
        }
    }

    @Test
    void an_administrator_opens_the_administration_page_over_http() throws Exception {
        administration.grantAdmin("rita", "test");
        browser.signIn("rita", UserFixtures.PASSWORD);

        var response = browser.get("/admin");

        assertThat(response.statusCode()).isEqualTo(200);
    }
}
