package org.hundredparks.submission;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bid on a challenge; one per bidding organisation and challenge. */
@RegisterForReflection
public record Bid(String id, String challengeId, String bidderOrganisationId, Status status, BidFields fields, long version,
        Instant createdAt, Instant updatedAt, String cooperationId) {

    @Schema(name = "BidStatus")
    public enum Status { SUBMITTED, ACCEPTED }
}
