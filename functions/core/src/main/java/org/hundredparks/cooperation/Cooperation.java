package org.hundredparks.cooperation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * A cooperation as stored; {@code lastProgressOn} is the date of its newest progress update, if any.
 * {@code createdBy} is the token subject of the person who opened it (its progress reminders go to them);
 * not part of any response.
 */
@RegisterForReflection
public record Cooperation(String id, CooperationFields fields, String ownerOrganisationId,
        @JsonIgnore String createdBy, long version, Instant createdAt, String lastProgressOn) {
}
