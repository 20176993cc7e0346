package org.hundredparks.signin;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.validation.Rules;

/**
 * 邀请码: who is invited into an organisation and as what. Issued by the organisation's own people (a colleague, with
 * their own role) or by the authority above it (the ministry invites a province's authority; a province's authority
 * its universities and enterprises; a park's admin the enterprises of its province); single-use and expiring.
 */
@RegisterForReflection
public record Invitation(Role role, String regionCode, Domain domain, String parkId, Integer validDays) {

    public void check(Rules rules) {
        rules.regionCode("regionCode", regionCode).length("parkId", "园区编号", parkId, 64).parkId("parkId", parkId, regionCode)
                .range("validDays", "有效天数", validDays, 1, 30);
    }
}
