package org.hundredparks.organisation;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * An organisation the platform knows (单位): for now the enterprises that asked to be members of a park. An
 * enterprise is a member of one park ({@code parkId}) once that park's admin approved its request
 * ({@code requestedParkId} until then); what its park may do for it (write its profile) follows from that
 * record, not from a token's claims.
 */
@RegisterForReflection
public record Organisation(String id, Kind kind, String name, String uscc, String regionCode, String parkId, String requestedParkId,
        long version, Instant createdAt, Instant updatedAt) {

    /** The glossary's kinds of organisation. */
    @RegisterForReflection
    public enum Kind { MINISTRY, PROVINCE_AUTHORITY, PARK, UNIVERSITY, ENTERPRISE }

    public boolean memberOf(String park) {
        return parkId != null && parkId.equals(park);
    }
}
