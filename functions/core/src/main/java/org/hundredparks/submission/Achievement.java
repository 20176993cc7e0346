package org.hundredparks.submission;

import java.time.Instant;

/** 成果转化清单: a university result ready for transfer. */
public record Achievement(
        String id,
        String externalId,
        String title,
        String summary,
        String technologyField,
        Integer trl,
        String regionCode,
        String ownerOrganisationId,
        ItemStatus status,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
