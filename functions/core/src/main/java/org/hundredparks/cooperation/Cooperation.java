package org.hundredparks.cooperation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A cooperation as stored; {@code lastProgressOn} is the date of its newest progress update, if any.
 * {@code createdBy} is the token subject of the person who opened it (its progress reminders go to them);
 * not part of any response. A cooperation is {@link Status#PROPOSED} until every party has confirmed it
 * ({@code confirmedBy}): only then do its parties report progress and outcomes, and only then does it count
 * in the evaluations, so nobody can record a cooperation in other organisations' names.
 */
@RegisterForReflection
public record Cooperation(String id, CooperationFields fields, String ownerOrganisationId,
        @JsonIgnore String createdBy, long version, Instant createdAt, String lastProgressOn, Status status,
        List<String> confirmedBy) {

    @RegisterForReflection
    @Schema(name = "CooperationStatus")
    public enum Status { PROPOSED, CONFIRMED }

    public boolean confirmed() {
        return status == Status.CONFIRMED;
    }

    /** The status that a set of confirmations gives these parties. */
    static Status statusOf(List<String> parties, List<String> confirmedBy) {
        return confirmedBy.containsAll(parties) ? Status.CONFIRMED : Status.PROPOSED;
    }
}
