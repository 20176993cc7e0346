package org.hundredparks.identity;

import io.quarkus.runtime.annotations.RegisterForReflection;
/**
 * The authenticated caller, from the token's claims: role, the organisation acting, the region
 * (GB/T 2260) whose data it may write, for an authority its domain, for a park admin its park.
 * A ministry has no region: it sees the nation.
 */
@RegisterForReflection
public record Caller(String subject, Role role, String organisationId, String regionCode, Domain domain, String parkId) {

    public static Caller anonymous() {
        return new Caller(null, Role.PUBLIC, null, null, null, null);
    }

    public String provinceCode() {
        return org.hundredparks.reference.Regions.province(regionCode);
    }

    /** Whether a region code lies in this caller's province. */
    public boolean inProvince(String otherRegionCode) {
        return provinceCode() != null && otherRegionCode != null && otherRegionCode.startsWith(provinceCode());
    }

    /**
     * Whether the caller is an authority over a place: any ministry, the authorities of the province the region lies
     * in, the admin of the park. What they may see and do there (read unpublished items, nominate, list members)
     * rests on it.
     */
    public boolean oversees(String regionCode, String overseenParkId) {
        return switch (role) {
            case MINISTRY -> true;
            case PROVINCE_AUTHORITY -> inProvince(regionCode);
            case PARK_ADMIN -> parkId != null && parkId.equals(overseenParkId);
            default -> false;
        };
    }

    public boolean owns(String ownerOrganisationId) {
        return organisationId != null && organisationId.equals(ownerOrganisationId);
    }
}
