package org.hundredparks.identity;

/**
 * The authenticated caller, from the token's claims: role, the organisation acting, and the region
 * (GB/T 2260) whose data it may write. A ministry has no region: it sees the nation.
 */
public record Caller(String subject, Role role, String organisationId, String regionCode) {

    public String provinceCode() {
        return regionCode == null || regionCode.length() < 2 ? null : regionCode.substring(0, 2);
    }
}
