package org.hundredparks.cooperation;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;
import org.hundredparks.actionplan.ActionName;
import org.hundredparks.validation.Rules;

/**
 * A cooperation as its parties describe it. Its name follows the programme's rule; the list items it
 * grew from are named by id; {@code partyOrganisationIds} are the organisations that report on it.
 */
@RegisterForReflection
public record CooperationFields(
        String name,
        CooperationKind kind,
        String regionCode,
        String parkId,
        List<String> partyOrganisationIds,
        String challengeId,
        String achievementId,
        String talentNeedId,
        String staffOfferId,
        LocalDate startedOn,
        String description) {

    public void check(Rules rules) {
        rules.required("name", "合作名称", name).required("kind", "合作类型", kind)
                .required("regionCode", "行政区划代码", regionCode).regionCode("regionCode", regionCode)
                .length("parkId", "园区编号", parkId, 64).parkId("parkId", parkId, regionCode)
                .size("partyOrganisationIds", "合作各方", partyOrganisationIds, 2, 20)
                .texts("partyOrganisationIds", "合作方", partyOrganisationIds, 64)
                .required("startedOn", "开始日期", startedOn)
                .length("description", "合作说明", description, 3000);
        if (partyOrganisationIds != null && partyOrganisationIds.stream().distinct().count() != partyOrganisationIds.size()) {
            rules.add("DUPLICATE_PARTY", "partyOrganisationIds", "合作各方不能重复");
        }
        if (name != null && !ActionName.follows(name)) {
            rules.add("ACTION_NAME_RULE", "name", "合作名称应为“'百园百校万企'创新合作行动——具体名称”");
        }
    }
}
