package org.hundredparks.submission;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.hundredparks.validation.Rules;

/** 人才需求清单: an enterprise in a park needs university staff in a role. */
@RegisterForReflection
public record TalentNeedFields(
        String externalId,
        String title,
        SecondmentRole role,
        String discipline,
        Integer headcount,
        Integer durationMonths,
        String description,
        String enterpriseName,
        String enterpriseUscc,
        String regionCode,
        String parkId,
        Contact contact) implements ListItemFields {

    @Override
    public String field() {
        return discipline;
    }

    @Override
    public TalentNeedFields withContact(Contact replacement) {
        return new TalentNeedFields(externalId, title, role, discipline, headcount, durationMonths, description, enterpriseName, enterpriseUscc, regionCode, parkId, replacement);
    }

    @Override
    public void check(Rules rules) {
        ListItemFields.checkCommon(this, rules, "需求名称");
        rules.required("parkId", "园区编号", parkId)
                .required("role", "岗位", role)
                .required("discipline", "学科专业", discipline).length("discipline", "学科专业", discipline, 100)
                .required("headcount", "需求人数", headcount).range("headcount", "需求人数", headcount, 1, 100)
                .required("durationMonths", "服务期限（月）", durationMonths).range("durationMonths", "服务期限（月）", durationMonths, 1, 60)
                .length("description", "需求说明", description, 3000)
                .required("enterpriseName", "用人企业", enterpriseName).length("enterpriseName", "用人企业", enterpriseName, 100)
                .required("enterpriseUscc", "统一社会信用代码", enterpriseUscc).uscc("enterpriseUscc", enterpriseUscc)
                .required("contact", "联系人", contact);
        if (contact != null) {
            contact.check(rules, "contact");
        }
    }
}
