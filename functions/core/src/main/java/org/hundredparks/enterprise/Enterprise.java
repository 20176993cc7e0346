package org.hundredparks.enterprise;

import java.time.Instant;

/** An enterprise's profile as stored, one per organisation, with its optimistic-concurrency version. */
public record Enterprise(String organisationId, EnterpriseFields fields, long version, Instant createdAt, Instant updatedAt) {
}
