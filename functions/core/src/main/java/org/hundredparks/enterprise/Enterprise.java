package org.hundredparks.enterprise;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** An enterprise's profile as stored, one per organisation, with its optimistic-concurrency version. */
@RegisterForReflection
public record Enterprise(String organisationId, EnterpriseFields fields, long version, Instant createdAt, Instant updatedAt) {
}
