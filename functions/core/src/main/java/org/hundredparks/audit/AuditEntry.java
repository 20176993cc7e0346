package org.hundredparks.audit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * One entry of the audit trail: what happened to whom in which organisation, and who did it ({@code actor}: a person's
 * or system's id, {@code development} for the local run's tokens). Entries are written once and never changed.
 */
@RegisterForReflection
public record AuditEntry(String id, Instant at, Action action, String organisationId, String actor, String target, String detail) {

    /** What the trail records besides the writes, which record their author on the record itself. */
    @RegisterForReflection
    public enum Action {
        /** A person signed in (mini-program, web) or a system got a token. */
        SIGNED_IN,
        /** An openid became a person of the organisation with an invitation. */
        BOUND,
        INVITATION_ISSUED,
        PERSON_DISABLED,
        CLIENT_REGISTERED,
        CLIENT_SECRET_ROTATED,
        CLIENT_REVOKED,
        ORGANISATION_REGISTERED,
        MEMBERSHIP_APPROVED,
        ORGANISATION_SUSPENDED,
        ORGANISATION_REINSTATED
    }
}
