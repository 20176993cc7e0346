package org.hundredparks.organisation;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;

/**
 * An organisation the platform knows (单位): a ministry department, a province's authority (with its domain), a park
 * of the shipped list, a university, an enterprise (with its 统一社会信用代码 and industry). An enterprise is a member
 * of one park ({@code parkId}) once that park's admin approved it ({@code requestedParkId} until then); a park's
 * {@code parkId} is the park itself. Who oversees whom follows from these fields (see
 * {@link OrganisationService#oversees}), not from a token's claims. Suspending an organisation ends its people's and
 * systems' sessions ({@code sessionsEndedAt}): they are refused at their next request, and after a reinstatement only
 * tokens issued since count; {@code suspendedBy} is the role that suspended it, and only that level or one above
 * reinstates it.
 */
@RegisterForReflection
public record Organisation(String id, Kind kind, String name, String uscc, String regionCode, Domain domain, String industryCode,
        String parkId, String requestedParkId, Status status, Instant sessionsEndedAt, Role suspendedBy, String createdBy, long version,
        Instant createdAt, Instant updatedAt) {

    /** The glossary's kinds of organisation, each with the role its people sign in with. */
    @RegisterForReflection
    @Schema(name = "OrganisationKind")
    public enum Kind {
        MINISTRY(Role.MINISTRY), PROVINCE_AUTHORITY(Role.PROVINCE_AUTHORITY), PARK(Role.PARK_ADMIN), UNIVERSITY(Role.UNIVERSITY),
        ENTERPRISE(Role.ENTERPRISE);

        private final Role role;

        Kind(Role role) {
            this.role = role;
        }

        public Role role() {
            return role;
        }

        /** The kind of organisation whose people sign in with a role; none for {@link Role#PUBLIC}. */
        public static Kind of(Role role) {
            for (Kind kind : values()) {
                if (kind.role == role) {
                    return kind;
                }
            }
            return null;
        }
    }

    @RegisterForReflection
    @Schema(name = "OrganisationStatus")
    public enum Status { ACTIVE, SUSPENDED }

    public boolean memberOf(String park) {
        return parkId != null && parkId.equals(park);
    }

    public boolean active() {
        return status != Status.SUSPENDED;
    }

    /** Whether a session (a token, a chain of refresh tokens) started at {@code startedAt} may still act. */
    public boolean accepts(Instant startedAt) {
        return active() && (sessionsEndedAt == null || startedAt != null && startedAt.isAfter(sessionsEndedAt));
    }

    Organisation with(String newParkId, String newRequestedParkId, Instant now) {
        return new Organisation(id, kind, name, uscc, regionCode, domain, industryCode, newParkId, newRequestedParkId, status, sessionsEndedAt,
                suspendedBy, createdBy, version, createdAt, now);
    }

    Organisation suspended(Role by, Instant now) {
        return new Organisation(id, kind, name, uscc, regionCode, domain, industryCode, parkId, requestedParkId, Status.SUSPENDED, now, by,
                createdBy, version, createdAt, now);
    }

    Organisation reinstated(Instant now) {
        return new Organisation(id, kind, name, uscc, regionCode, domain, industryCode, parkId, requestedParkId, Status.ACTIVE, sessionsEndedAt,
                null, createdBy, version, createdAt, now);
    }

    /** What every signed-in organisation may know of another: who it is and where, not its workings. */
    Organisation publicView() {
        return new Organisation(id, kind, name, uscc, regionCode, domain, industryCode, parkId, null, status, null, null, null, version,
                createdAt, updatedAt);
    }
}
