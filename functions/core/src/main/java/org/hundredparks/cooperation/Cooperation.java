package org.hundredparks.cooperation;

import java.time.Instant;

/** A cooperation as stored; {@code lastProgressOn} is the date of its newest progress update, if any. */
public record Cooperation(String id, CooperationFields fields, String ownerOrganisationId, long version,
        Instant createdAt, String lastProgressOn) {
}
