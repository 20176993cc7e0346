package org.hundredparks.submission;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hundredparks.validation.Rules;

/** 高校选派人员: a university offers a member of staff for secondment. */
@RegisterForReflection
public record StaffOfferFields(
        String externalId,
        String title,
        String universityName,
        String department,
        String professionalTitle,
        List<String> researchAreas,
        Set<SecondmentRole> rolesAvailable,
        LocalDate availableFrom,
        LocalDate availableUntil,
        String description,
        String regionCode,
        String parkId,
        Contact contact) implements ListItemFields {

    @Override
    public String field() {
        return researchAreas == null || researchAreas.isEmpty() ? null : researchAreas.get(0);
    }

    @Override
    public StaffOfferFields withContact(Contact replacement) {
        return new StaffOfferFields(externalId, title, universityName, department, professionalTitle, researchAreas, rolesAvailable, availableFrom, availableUntil, description, regionCode, parkId, replacement);
    }

    @Override
    public void check(Rules rules) {
        ListItemFields.checkCommon(this, rules, "人员名称");
        rules.required("universityName", "所属高校", universityName).length("universityName", "所属高校", universityName, 100)
                .length("department", "院系", department, 100)
                .length("professionalTitle", "职称", professionalTitle, 50)
                .size("researchAreas", "研究方向", researchAreas, 1, 10).texts("researchAreas", "研究方向", researchAreas, 50)
                .size("rolesAvailable", "可任岗位", rolesAvailable, 1, SecondmentRole.values().length)
                .required("availableFrom", "可选派起始日期", availableFrom)
                .required("availableUntil", "可选派截止日期", availableUntil)
                .length("description", "简介", description, 3000)
                .required("contact", "联系人", contact);
        if (availableFrom != null && availableUntil != null && availableUntil.isBefore(availableFrom)) {
            rules.add("BAD_PERIOD", "availableUntil", "截止日期不能早于起始日期");
        }
        if (contact != null) {
            contact.check(rules, "contact");
        }
    }
}
