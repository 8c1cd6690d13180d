package com.example.authstarter.sessions;

import com.example.authstarter.base.ui.SignInPage;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.stereotype.Component;

/**
 * What a request on an ended session gets, once Spring Security has signed that session out: a page load
 * goes to the sign-in page, which says why; a request of Vaadin's own goes on to Vaadin, which answers in its
 * protocol that the session expired, so the browser loads the page again and so reaches the sign-in page.
 */
@Component
public class EndedSessionResponse implements SessionInformationExpiredStrategy {

    private final RequestUtil vaadinRequests;

    EndedSessionResponse(RequestUtil vaadinRequests) {
        this.vaadinRequests = vaadinRequests;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException, ServletException {
        var request = event.getRequest();
        var response = event.getResponse();
        if (event.getSessionInformation() instanceof EndedSession ended && ended.reason() != null) {
            // The old session is gone; a new one, not signed in, carries the reason to the sign-in page.
            request.getSession(true).setAttribute(SessionEndReason.NOTICE, ended.reason());
        }
        if (vaadinRequests.isFrameworkInternalRequest(request)) {
            event.getFilterChain().doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + SignInPage.PATH);
    }
}
