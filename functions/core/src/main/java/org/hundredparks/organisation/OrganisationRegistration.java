package org.hundredparks.organisation;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.hundredparks.identity.Domain;
import org.hundredparks.reference.Park;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.validation.Rules;

/**
 * An organisation registered by the authority above it: its id (a park's is its id in the shipped list), kind, name
 * and region; an authority's domain; an enterprise's 统一社会信用代码 and GB/T 4754 industry.
 */
@RegisterForReflection
public record OrganisationRegistration(String id, Organisation.Kind kind, String name, String regionCode, Domain domain, String uscc,
        String industryCode) {

    public void check(Rules rules) {
        rules.required("id", "单位编号", id).required("kind", "单位类型", kind);
        if (kind != Organisation.Kind.PARK) {
            rules.required("name", "单位名称", name).required("regionCode", "行政区划代码", regionCode);
        }
        rules.length("name", "单位名称", name, 200).regionCode("regionCode", regionCode).uscc("uscc", uscc)
                .industryCode("industryCode", industryCode);
        if (kind == Organisation.Kind.PROVINCE_AUTHORITY) {
            rules.required("domain", "主管领域", domain);
            if (regionCode != null && !regionCode.endsWith("0000")) {
                rules.add("NOT_A_PROVINCE", "regionCode", "省级主管部门的行政区划代码应为省级代码（如 440000）");
            }
        }
        if (kind == Organisation.Kind.ENTERPRISE) {
            rules.required("uscc", "统一社会信用代码", uscc);
        }
        if (kind == Organisation.Kind.PARK && id != null && ReferenceData.get().park(id) == null) {
            rules.add("UNKNOWN_PARK", "id", "园区编号 " + id + " 不在国家高新区、国家大学科技园名单中");
        }
    }

    /** A park's name and region are the shipped list's, whatever was sent. */
    String parkName() {
        Park park = ReferenceData.get().park(id);
        return park == null ? name : park.name();
    }

    String parkRegion() {
        Park park = ReferenceData.get().park(id);
        return park == null ? regionCode : park.regionCode();
    }
}
