package com.example.authstarter.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** "You may not open this page", for a signed-in user who reaches a view their roles do not allow. */
@AnonymousAllowed
public class AccessDeniedView extends ErrorMessage
        implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    AccessDeniedView() {
        super("forbidden");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show();
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return pageTitle();
    }
}
