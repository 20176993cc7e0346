package org.hundredparks.audit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * One entry of the audit trail: what happened to whom in which organisation, and who did it ({@code actor}: a person's
 * or system's id, {@code development} for the local run's tokens). Entries are written once and never changed.
 */
@RegisterForReflection
public record AuditEntry(String id, Instant at, AuditAction action, String organisationId, String actor, String target, String detail) {
}
