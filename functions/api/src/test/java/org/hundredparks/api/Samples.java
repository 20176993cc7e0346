package org.hundredparks.api;

import org.hundredparks.validation.Uscc;

/** Valid request bodies for each list, as a submitter would send them; tests change one thing at a time. */
public final class Samples {

    /** A well-formed 统一社会信用代码 registered in Shenzhen (440300). */
    public static final String USCC = "91440300MA5F" + "00001" + Uscc.checkCharacter("91440300MA5F00001");

    private Samples() {
    }

    public static String achievement(String title, String regionCode) {
        return """
                {"title": "%s", "summary": "从退役动力电池中回收锂、钴、镍的湿法冶金工艺，回收率95%%以上",
                 "technologyField": "新能源", "keywords": ["锂电", "回收"], "trl": 6,
                 "patents": [{"number": "ZL202110000001.X", "kind": "INVENTION"}],
                 "cooperationModes": ["LICENSE", "JOINT_DEVELOPMENT"], "askingPriceYuan": 3000000,
                 "universityName": "深圳大学", "regionCode": "%s",
                 "contact": {"name": "张老师", "mobile": "13812345678", "email": "zhang@szu.edu.cn"}}""".formatted(title, regionCode);
    }

    public static String challenge(String title, String regionCode) {
        return """
                {"title": "%s", "problem": "8英寸碳化硅衬底切割损耗高", "indicators": "切割损耗低于120微米，良率大于90%%",
                 "deadline": "2025-06-30", "ipOwnership": "双方共有", "budgetYuan": 5000000,
                 "bidderRequirements": "具备SiC加工中试线", "enterpriseName": "深圳某半导体有限公司",
                 "enterpriseUscc": "%s", "industryCode": "C3972", "technologyField": "新一代信息技术",
                 "requiredTrl": 6, "regionCode": "%s",
                 "contact": {"name": "李工", "mobile": "13900001111"}}""".formatted(title, USCC, regionCode);
    }

    public static String talentNeed(String title, String regionCode, String park) {
        return """
                {"title": "%s", "role": "TECH_VICE_PRESIDENT", "discipline": "材料科学与工程", "headcount": 1,
                 "durationMonths": 12, "enterpriseName": "深圳某新材料有限公司", "enterpriseUscc": "%s",
                 "regionCode": "%s", "parkId": "%s",
                 "contact": {"name": "王经理", "email": "hr@example.com"}}""".formatted(title, USCC, regionCode, park);
    }

    public static String staffOffer(String title, String regionCode) {
        return """
                {"title": "%s", "universityName": "华南理工大学", "department": "材料学院", "professionalTitle": "教授",
                 "researchAreas": ["高分子材料", "复合材料"], "rolesAvailable": ["TECH_VICE_PRESIDENT", "TECHNICAL_ADVISER"],
                 "availableFrom": "2024-09-01", "availableUntil": "2025-08-31", "regionCode": "%s",
                 "contact": {"name": "陈教授", "mobile": "13700002222"}}""".formatted(title, regionCode);
    }
}
