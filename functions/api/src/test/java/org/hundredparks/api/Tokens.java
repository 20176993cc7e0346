package org.hundredparks.api;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Set;

/** Signed test tokens (the local-only key in local/jwt), one per kind of caller. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String subject, String role, String organisationId, String regionCode) {
        var claims = Jwt.subject(subject).groups(Set.of(role)).claim("org", organisationId).expiresIn(Duration.ofMinutes(10));
        if (regionCode != null) {
            claims.claim("region", regionCode);
        }
        return claims.sign();
    }

    public static String university(String organisationId, String regionCode) {
        return of("user-" + organisationId, "UNIVERSITY", organisationId, regionCode);
    }
}
