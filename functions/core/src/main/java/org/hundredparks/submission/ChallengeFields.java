package org.hundredparks.submission;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;
import org.hundredparks.validation.Rules;

/** 技术攻关清单: an enterprise's technical problem, published "揭榜挂帅" for open bidding. */
@RegisterForReflection
public record ChallengeFields(
        String externalId,
        String title,
        String problem,
        String indicators,
        LocalDate deadline,
        String ipOwnership,
        Long budgetYuan,
        String bidderRequirements,
        String enterpriseName,
        String enterpriseUscc,
        String industryCode,
        String technologyField,
        List<String> keywords,
        Integer requiredTrl,
        String regionCode,
        String parkId,
        Contact contact) implements ListItemFields {

    @Override
    public String field() {
        return technologyField;
    }

    @Override
    public ChallengeFields withContact(Contact replacement) {
        return new ChallengeFields(externalId, title, problem, indicators, deadline, ipOwnership, budgetYuan, bidderRequirements, enterpriseName, enterpriseUscc, industryCode, technologyField, keywords, requiredTrl, regionCode, parkId, replacement);
    }

    @Override
    public void check(Rules rules) {
        ListItemFields.checkCommon(this, rules, "榜单名称");
        rules.required("problem", "技术问题", problem).length("problem", "技术问题", problem, 5000)
                .required("indicators", "核心指标", indicators).length("indicators", "核心指标", indicators, 3000)
                .required("deadline", "完成时限", deadline)
                .required("ipOwnership", "产权归属", ipOwnership).length("ipOwnership", "产权归属", ipOwnership, 500)
                .required("budgetYuan", "资金投入", budgetYuan).nonNegative("budgetYuan", "资金投入", budgetYuan)
                .length("bidderRequirements", "揭榜方条件", bidderRequirements, 2000)
                .required("enterpriseName", "发榜企业", enterpriseName).length("enterpriseName", "发榜企业", enterpriseName, 100)
                .required("enterpriseUscc", "统一社会信用代码", enterpriseUscc).uscc("enterpriseUscc", enterpriseUscc)
                .required("industryCode", "行业代码", industryCode).industryCode("industryCode", industryCode)
                .length("technologyField", "技术领域", technologyField, 50)
                .size("keywords", "关键词", keywords, 0, 10).texts("keywords", "关键词", keywords, 20)
                .range("requiredTrl", "需求技术就绪度", requiredTrl, 1, 9)
                .required("contact", "联系人", contact);
        if (contact != null) {
            contact.check(rules, "contact");
        }
    }
}
