package org.hundredparks.enterprise;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.hundredparks.submission.Contact;
import org.hundredparks.validation.Rules;

/**
 * An enterprise's profile (企业画像), as the enterprise or its park keeps it: who it is, its industry
 * (GB/T 4754-2017), the technology fields and products it works in. Matching reads it to bring the
 * enterprise the achievements that fit its industry, whether or not it has published a challenge.
 */
@RegisterForReflection
public record EnterpriseFields(
        String name,
        String uscc,
        String industryCode,
        List<String> technologyFields,
        String mainProducts,
        String description,
        List<String> keywords,
        String regionCode,
        String parkId,
        Contact contact) {

    public void check(Rules rules) {
        rules.required("name", "企业名称", name).length("name", "企业名称", name, 100)
                .required("uscc", "统一社会信用代码", uscc).uscc("uscc", uscc)
                .required("industryCode", "行业代码", industryCode).industryCode("industryCode", industryCode)
                .size("technologyFields", "技术领域", technologyFields, 0, 5).texts("technologyFields", "技术领域", technologyFields, 50)
                .required("mainProducts", "主营产品", mainProducts).length("mainProducts", "主营产品", mainProducts, 1000)
                .length("description", "企业简介与技术需求", description, 3000)
                .size("keywords", "关键词", keywords, 0, 10).texts("keywords", "关键词", keywords, 20)
                .required("regionCode", "行政区划代码", regionCode).regionCode("regionCode", regionCode)
                .length("parkId", "园区编号", parkId, 64).parkId("parkId", parkId, regionCode);
        if (contact != null) {
            contact.check(rules, "contact");
        }
    }

    /** The profile as someone other than the enterprise, its park or an authority sees it. */
    EnterpriseFields withMaskedContact() {
        return new EnterpriseFields(name, uscc, industryCode, technologyFields, mainProducts, description, keywords, regionCode,
                parkId, contact == null ? null : contact.masked());
    }
}
