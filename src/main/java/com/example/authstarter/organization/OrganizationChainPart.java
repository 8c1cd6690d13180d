package com.example.authstarter.organization;

import com.example.authstarter.signin.AppPages;
import com.example.authstarter.signin.SecurityChainPart;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;

/** The organizations' part of the security chain: their pages answer 404 to anyone who is not a member. */
@Component
@Order(75)
class OrganizationChainPart implements SecurityChainPart {

    private final Organizations organizations;
    private final CurrentOrganization current;
    private final AppPages pages;

    OrganizationChainPart(Organizations organizations, CurrentOrganization current, AppPages pages) {
        this.organizations = organizations;
        this.current = current;
        this.pages = pages;
    }

    @Override
    public void configure(HttpSecurity http) {
        http.addFilterAfter(new OrganizationPageFilter(organizations, current, pages), AuthorizationFilter.class);
    }
}
