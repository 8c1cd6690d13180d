package com.example.authstarter.base.ui;

import com.example.authstarter.base.NothingHereException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Page not found" for a page whose content is not there for this person ({@link NothingHereException} while it is
 * opened: an organization the person was removed from a moment ago), the same page and status as for a path that is
 * no page, so nothing tells the two apart.
 */
@AnonymousAllowed
public class NothingHereView extends ErrorMessage implements HasErrorParameter<NothingHereException>, HasDynamicTitle {

    NothingHereView() {
        super("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NothingHereException> parameter) {
        show();
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return pageTitle();
    }
}
