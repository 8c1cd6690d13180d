package com.example.authstarter.organization;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A view that works on the current organization's data, opened only by a person with at least this role in it:
 * {@code @RequiresOrganizationRole(OrganizationRole.MEMBER)} beside {@code @PermitAll}, as {@code @RolesAllowed}
 * is for the app-wide roles. Checked at every navigation to the view, by link, in-app or by typing the address
 * ({@link OrganizationRoleCheck}): a person in no organization is taken to the organizations page to create or
 * join one; a role too low is answered "not found". Services check the same with {@link
 * CurrentOrganization#require}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresOrganizationRole {

    OrganizationRole value() default OrganizationRole.MEMBER;
}
