package org.hundredparks.signin;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.hundredparks.validation.Rules;

/**
 * 邀请码: an invitation into an organisation, for how many days (1–30, 7 if not said). Issued by the organisation's own
 * people (the colleague gets the issuer's role and claims) or by the authority above it (the person gets the claims of
 * the organisation's record: its kind's role, region, domain, park); single-use and expiring.
 */
@RegisterForReflection
public record Invitation(Integer validDays) {

    public void check(Rules rules) {
        rules.range("validDays", "有效天数", validDays, 1, 30);
    }
}
