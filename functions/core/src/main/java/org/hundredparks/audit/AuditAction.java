package org.hundredparks.audit;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What the audit trail records besides the writes, which record their author on the record itself. */
@RegisterForReflection
public enum AuditAction {
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
