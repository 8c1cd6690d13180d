package com.example.authstarter.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * "Temporarily unavailable", for a view that could not be opened because MongoDB cannot be reached (Vaadin
 * finds this page by the cause of the failure). The page recovers by itself once the database is back.
 */
@AnonymousAllowed
public class UnavailableView extends ErrorMessage
        implements HasErrorParameter<DataAccessResourceFailureException>, HasDynamicTitle {

    UnavailableView() {
        super("unavailable");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
        show();
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @Override
    public String getPageTitle() {
        return pageTitle();
    }
}
