package org.hundredparks.api;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Set;

/** Signed test tokens (the local-only key in local/jwt), one per kind of caller. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String subject, String role, String organisationId, String regionCode) {
        return of(subject, role, organisationId, regionCode, null, null);
    }

    public static String of(String subject, String role, String organisationId, String regionCode, String domain, String park) {
        var claims = Jwt.subject(subject).groups(Set.of(role)).expiresIn(Duration.ofMinutes(10));
        if (organisationId != null) {
            claims.claim("org", organisationId);
        }
        if (regionCode != null) {
            claims.claim("region", regionCode);
        }
        if (domain != null) {
            claims.claim("domain", domain);
        }
        if (park != null) {
            claims.claim("park", park);
        }
        return claims.sign();
    }

    public static String university(String organisationId, String regionCode) {
        return of("user-" + organisationId, "UNIVERSITY", organisationId, regionCode);
    }

    public static String enterprise(String organisationId, String regionCode) {
        return of("user-" + organisationId, "ENTERPRISE", organisationId, regionCode);
    }

    public static String authority(String domain, String provinceRegionCode) {
        return of("auth-" + domain + provinceRegionCode, "PROVINCE_AUTHORITY", "auth-" + domain + "-" + provinceRegionCode,
                provinceRegionCode, domain, null);
    }

    public static String ministry(String domain) {
        return of("ministry-" + domain, "MINISTRY", "ministry-" + domain, null, domain, null);
    }

    public static String parkAdmin(String park, String regionCode) {
        return of("park-" + park, "PARK_ADMIN", "park-" + park, regionCode, null, park);
    }

    public static String publicUser() {
        return of("wx-openid-1", "PUBLIC", null, null);
    }
}
