package com.example.authstarter.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.account.AccountService;
import com.example.authstarter.testing.AdjustableClock;
import com.example.authstarter.testing.HttpsClient;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import com.example.authstarter.tls.HttpsRedirectPorts;
import java.net.http.HttpResponse;
import org.apache.catalina.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/** What a browser whose session was ended elsewhere gets at its next request, over real HTTPS. */
@WithApp(webEnvironment = WebEnvironment.RANDOM_PORT)
class EndedSessionsIT {

    @Autowired
    HttpsRedirectPorts ports;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    AdjustableClock clock;

    @Autowired
    Sessions sessions;

    @Autowired
    AccountService accounts;

    @Autowired
    ServletWebServerApplicationContext webServer;

    HttpsClient laptop;
    HttpsClient phone;

    @BeforeEach
    void twoBrowsersSignedIn() throws Exception {
        testUsers.create("rita");
        laptop = signedIn();
        phone = signedIn();
    }

    @Test
    void changing_the_password_signs_out_the_other_browsers_but_not_this_one() throws Exception {
        assertThat(phone.get("/members").statusCode()).isEqualTo(200);

        accounts.changePassword(
                "rita",
                UserFixtures.PASSWORD,
                "marmalade tractor sunset",
                "marmalade tractor sunset",
                laptop.cookie("JSESSIONID").getValue());

        assertThat(laptop.get("/members").statusCode()).isEqualTo(200);
        assertThat(phone.get("/members").statusCode()).isEqualTo(302);
    }

    @Test
    void a_page_load_of_an_ended_session_goes_to_the_sign_in_page_and_others_stay() throws Exception {
        var laptopSession = laptop.cookie("JSESSIONID").getValue();

        sessions.signOutEverywhereElse("rita", laptopSession, SessionEndReason.SIGNED_OUT_ELSEWHERE);
        clock.advance(CheckedRecords.RECHECK);

        var refused = phone.get("/members");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(HttpsClient.location(refused)).isEqualTo("/login");
        assertThat(phone.get("/login").statusCode()).isEqualTo(200);
        assertThat(phone.get("/members").statusCode()).as("still signed out").isEqualTo(302);
        assertThat(laptop.get("/members").statusCode()).isEqualTo(200);
    }

    @Test
    void a_vaadin_request_of_an_ended_session_is_answered_as_expired_in_vaadins_protocol() throws Exception {
        sessions.signOutEverywhereElse("rita", null, SessionEndReason.PASSWORD_RESET);
        clock.advance(CheckedRecords.RECHECK);

        var answer = uidl(phone);

        // Vaadin's client then loads the page again, and so reaches the sign-in page.
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"sessionExpired\":true");
    }

    @Test
    void the_reason_survives_a_last_request_of_the_old_page_refused_before_the_next_page_load() throws Exception {
        var laptopSession = laptop.cookie("JSESSIONID").getValue();
        var oldSession = phone.cookie("JSESSIONID").getValue();
        sessions.signOutEverywhereElse("rita", laptopSession, SessionEndReason.PASSWORD_CHANGED);
        clock.advance(CheckedRecords.RECHECK);

        // The page being left sends one last request (Vaadin's unload beacon): refused, with a new session.
        assertThat(uidl(phone).body()).contains("\"sessionExpired\":true");
        // The next page load left with the old id before that answer came back.
        phone.cookies.getCookieStore().removeAll();
        var refused = phone.get("/members", "Cookie", "JSESSIONID=" + oldSession);

        assertThat(HttpsClient.location(refused)).isEqualTo("/login");
        var newSession = phone.cookie("JSESSIONID").getValue();
        assertThat(newSession).isNotEqualTo(oldSession);
        assertThat(sessionAttribute(newSession, SessionEndReason.NOTICE)).isEqualTo(SessionEndReason.PASSWORD_CHANGED);
    }

    @Test
    void an_administrators_sign_out_ends_every_session_and_is_recorded() throws Exception {
        sessions.signOutEverywhereByAdmin("rita", "root");

        assertThat(laptop.get("/members").statusCode()).isEqualTo(302);
        assertThat(phone.get("/members").statusCode()).isEqualTo(302);
    }

    private HttpsClient signedIn() throws Exception {
        var browser = new HttpsClient(ports.httpsPort());
        assertThat(HttpsClient.location(browser.signIn("rita", UserFixtures.PASSWORD)))
                .isEqualTo("/");
        assertThat(browser.get("/members").statusCode()).isEqualTo(200);
        return browser;
    }

    /** An attribute of a session in the running Tomcat, as the sign-in page would read it. */
    private Object sessionAttribute(String sessionId, String name) throws Exception {
        var tomcat = ((TomcatWebServer) webServer.getWebServer()).getTomcat();
        var context = (Context) tomcat.getHost().findChildren()[0];
        return context.getManager().findSession(sessionId).getSession().getAttribute(name);
    }

    /** A Vaadin client's server round trip, with the session's cookie. */
    private static HttpResponse<String> uidl(HttpsClient browser) throws Exception {
        return browser.postJson(
                "/?v-r=uidl&v-uiId=0", "{\"csrfToken\":\"none\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
    }
}
