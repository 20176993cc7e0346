package org.hundredparks.submission;

import org.hundredparks.validation.Rules;

/** What a submitter sends to create or change an achievement. */
public record AchievementDraft(String externalId, String title, String summary, String technologyField, Integer trl,
        String regionCode) {

    public void validate() {
        new Rules()
                .length("externalId", "外部编号", externalId, 64)
                .required("title", "成果名称", title).length("title", "成果名称", title, 200)
                .required("summary", "成果简介", summary).length("summary", "成果简介", summary, 5000)
                .required("technologyField", "技术领域", technologyField).length("technologyField", "技术领域", technologyField, 50)
                .required("trl", "技术就绪度", trl).range("trl", "技术就绪度", trl, 1, 9)
                .required("regionCode", "行政区划代码", regionCode).regionCode("regionCode", regionCode)
                .check();
    }
}
