package org.hundredparks.organisation;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.hundredparks.validation.Rules;

/** An enterprise asks to be a member of a park: the park, and who it is (its name and 统一社会信用代码). */
@RegisterForReflection
public record MembershipRequest(String parkId, String name, String uscc) {

    public void check(Rules rules, String regionCode) {
        rules.required("parkId", "园区编号", parkId).length("parkId", "园区编号", parkId, 64).parkId("parkId", parkId, regionCode)
                .required("name", "企业名称", name).length("name", "企业名称", name, 200)
                .required("uscc", "统一社会信用代码", uscc).uscc("uscc", uscc);
    }
}
