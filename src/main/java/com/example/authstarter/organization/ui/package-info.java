/**
 * The organizations' pages: the list of one's organizations and invitations ({@code /organizations}), an
 * organization's page with its members, invitations and settings ({@code /organizations/<slug>}), the page an
 * invitation's link opens ({@code /invitation}), the switcher in the frame, and the administrators' list of all.
 */
package com.example.authstarter.organization.ui;
