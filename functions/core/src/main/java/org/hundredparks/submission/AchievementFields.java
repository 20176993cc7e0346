package org.hundredparks.submission;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Set;
import org.hundredparks.validation.Rules;

/** 成果转化清单: a university result ready for transfer. */
@RegisterForReflection
public record AchievementFields(
        String externalId,
        String title,
        String summary,
        String technologyField,
        List<String> keywords,
        Integer trl,
        List<Patent> patents,
        Set<CooperationMode> cooperationModes,
        Long askingPriceYuan,
        String universityName,
        String regionCode,
        String parkId,
        Contact contact) implements ListItemFields {

    @Override
    public String field() {
        return technologyField;
    }

    @Override
    public AchievementFields withContact(Contact replacement) {
        return new AchievementFields(externalId, title, summary, technologyField, keywords, trl, patents, cooperationModes, askingPriceYuan, universityName, regionCode, parkId, replacement);
    }

    @Override
    public void check(Rules rules) {
        ListItemFields.checkCommon(this, rules, "成果名称");
        rules.required("summary", "成果简介", summary).length("summary", "成果简介", summary, 5000)
                .required("technologyField", "技术领域", technologyField).length("technologyField", "技术领域", technologyField, 50)
                .size("keywords", "关键词", keywords, 0, 10).texts("keywords", "关键词", keywords, 20)
                .required("trl", "技术就绪度", trl).range("trl", "技术就绪度", trl, 1, 9)
                .size("patents", "知识产权", patents, 0, 50)
                .size("cooperationModes", "合作方式", cooperationModes, 1, CooperationMode.values().length)
                .nonNegative("askingPriceYuan", "转化价格", askingPriceYuan)
                .required("universityName", "所属高校", universityName).length("universityName", "所属高校", universityName, 100)
                .required("contact", "联系人", contact);
        if (patents != null) {
            for (int i = 0; i < patents.size(); i++) {
                Patent patent = patents.get(i);
                rules.required("patents[" + i + "].number", "专利号", patent == null ? null : patent.number())
                        .length("patents[" + i + "].number", "专利号", patent == null ? null : patent.number(), 40)
                        .required("patents[" + i + "].kind", "知识产权类型", patent == null ? null : patent.kind());
            }
        }
        if (contact != null) {
            contact.check(rules, "contact");
        }
    }
}
