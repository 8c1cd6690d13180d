package com.example.authstarter.organization;

import com.example.authstarter.audit.AuditedEvent;
import com.example.authstarter.audit.SecurityEvent.Type;
import com.example.authstarter.user.NoticeToOwner;
import java.util.Optional;

/**
 * What happens in organizations, one event per fact: the audit log records each with the organization, and the
 * person concerned is mailed when someone else changed their membership.
 */
public final class OrganizationEvents {

    /** The list of one's organizations and waiting invitations ({@code ui/OrganizationsView}). */
    static final String ORGANIZATIONS_PAGE = "/" + Organizations.PAGES;

    private OrganizationEvents() {}

    public record Created(String username, String organization) implements AuditedEvent {
        @Override
        public Type auditType() {
            return Type.ORGANIZATION_CREATED;
        }
    }

    public record Renamed(String username, String organization) implements AuditedEvent {
        @Override
        public Type auditType() {
            return Type.ORGANIZATION_RENAMED;
        }
    }

    /** Features that keep documents of the organization listen to this and delete them. */
    public record Deleted(String username, String organization, String organizationId) implements AuditedEvent {
        @Override
        public Type auditType() {
            return Type.ORGANIZATION_DELETED;
        }
    }

    /** {@code username} invited an address (which the log does not keep). */
    public record Invited(String username, String organization) implements AuditedEvent {
        @Override
        public Type auditType() {
            return Type.ORGANIZATION_INVITED;
        }
    }

    public record InvitationRevoked(String username, String organization) implements AuditedEvent {
        @Override
        public Type auditType() {
            return Type.ORGANIZATION_INVITATION_REVOKED;
        }
    }

    public record InvitationDeclined(String username, String organization) implements AuditedEvent {
        @Override
        public Type auditType() {
            return Type.ORGANIZATION_INVITATION_DECLINED;
        }
    }

    /** The person accepted an invitation: a new member, told so with the way to the organization. */
    public record Joined(String username, String organization, String name, String slug)
            implements AuditedEvent, NoticeToOwner {
        @Override
        public Type auditType() {
            return Type.ORGANIZATION_JOINED;
        }

        @Override
        public String notice() {
            return "notice-organization-joined";
        }

        @Override
        public Optional<String> settingsPage() {
            return Optional.of(ORGANIZATIONS_PAGE + "/" + slug);
        }

        @Override
        public Optional<String> detail() {
            return Optional.of(name);
        }
    }

    /** {@code actor} changed the person's role (also by handing over ownership); the person is told. */
    public record RoleChanged(String username, String actor, String organization, String name, String slug)
            implements AuditedEvent, NoticeToOwner {
        @Override
        public Type auditType() {
            return Type.ORGANIZATION_ROLE_CHANGED;
        }

        @Override
        public String notice() {
            return "notice-organization-role";
        }

        @Override
        public Optional<String> settingsPage() {
            return Optional.of(ORGANIZATIONS_PAGE + "/" + slug);
        }

        @Override
        public Optional<String> detail() {
            return Optional.of(name);
        }
    }

    /** {@code actor} removed the person, or deleted the organization; the person is told. */
    public record MemberRemoved(String username, String actor, String organization, String name)
            implements AuditedEvent, NoticeToOwner {
        @Override
        public Type auditType() {
            return Type.ORGANIZATION_MEMBER_REMOVED;
        }

        @Override
        public String notice() {
            return "notice-organization-removed";
        }

        @Override
        public Optional<String> settingsPage() {
            return Optional.of(ORGANIZATIONS_PAGE);
        }

        @Override
        public Optional<String> detail() {
            return Optional.of(name);
        }
    }

    public record Left(String username, String organization) implements AuditedEvent {
        @Override
        public Type auditType() {
            return Type.ORGANIZATION_LEFT;
        }
    }
}
