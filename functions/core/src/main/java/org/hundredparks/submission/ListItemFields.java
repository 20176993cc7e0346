package org.hundredparks.submission;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.hundredparks.validation.Rules;

/**
 * What a submitter writes in a list item; each list has its own record. The region (GB/T 2260) and,
 * where it applies, the park place the item; the submitter's own {@code externalId} makes resubmission
 * from a regional system safe.
 */
public sealed interface ListItemFields permits AchievementFields, ChallengeFields, TalentNeedFields, StaffOfferFields {

    String externalId();

    String title();

    String regionCode();

    String parkId();

    Contact contact();

    /**
     * The field a list is filtered and counted by ("field" in the API and the reports): the technology field, a
     * talent need's discipline, a staff offer's first research area. Not a property of the JSON.
     */
    @JsonIgnore
    String field();

    /** The same fields with another contact: how personal data is masked for readers. */
    ListItemFields withContact(Contact contact);

    /** Adds every rule this item breaks. */
    void check(Rules rules);

    /** The rules every list shares. */
    static void checkCommon(ListItemFields fields, Rules rules, String titleLabel) {
        rules.length("externalId", "外部编号", fields.externalId(), 64)
                .required("title", titleLabel, fields.title()).length("title", titleLabel, fields.title(), 200)
                .required("regionCode", "行政区划代码", fields.regionCode()).regionCode("regionCode", fields.regionCode())
                .length("parkId", "园区编号", fields.parkId(), 64)
                .parkId("parkId", fields.parkId(), fields.regionCode());
    }
}
