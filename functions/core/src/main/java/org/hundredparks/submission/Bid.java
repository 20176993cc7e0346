package org.hundredparks.submission;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** A bid on a challenge; one per bidding organisation and challenge. */
@RegisterForReflection
public record Bid(String id, String challengeId, String bidderOrganisationId, Status status, BidFields fields, long version,
        Instant createdAt, Instant updatedAt, String cooperationId) {

    public enum Status { SUBMITTED, ACCEPTED }
}
