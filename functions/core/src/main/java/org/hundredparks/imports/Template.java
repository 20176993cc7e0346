package org.hundredparks.imports;

import java.util.List;
import java.util.Map;
import org.hundredparks.submission.CooperationMode;
import org.hundredparks.submission.Labelled;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.SecondmentRole;

/**
 * The published import template of each list: Chinese column headers in a fixed order. A template's
 * first column is always 外部编号 (externalId): imported rows must carry one, which is what makes a
 * re-run write nothing twice.
 */
public record Template(ListType type, int version, List<Column> columns) {

    /** A cell's label → the value's name. */
    static final Map<String, String> COOPERATION_MODES = Labelled.names(CooperationMode.class);
    static final Map<String, String> ROLES = Labelled.names(SecondmentRole.class);

    public static Template of(ListType type) {
        return switch (type) {
            case ACHIEVEMENT -> new Template(type, 1, List.of(
                    Column.text("外部编号", "externalId"), Column.text("成果名称", "title"), Column.text("成果简介", "summary"),
                    Column.text("技术领域", "technologyField"), Column.of("关键词", "keywords", Column.Kind.TEXT_LIST),
                    Column.of("技术就绪度", "trl", Column.Kind.INTEGER),
                    Column.enumeration("合作方式", "cooperationModes", true, COOPERATION_MODES),
                    Column.of("转化价格（元）", "askingPriceYuan", Column.Kind.MONEY), Column.text("所属高校", "universityName"),
                    Column.text("行政区划代码", "regionCode"), Column.text("园区编号", "parkId"),
                    Column.text("联系人", "contact.name"), Column.text("手机", "contact.mobile"), Column.text("邮箱", "contact.email")));
            case CHALLENGE -> new Template(type, 1, List.of(
                    Column.text("外部编号", "externalId"), Column.text("榜单名称", "title"), Column.text("技术问题", "problem"),
                    Column.text("核心指标", "indicators"), Column.of("完成时限", "deadline", Column.Kind.DATE),
                    Column.text("产权归属", "ipOwnership"), Column.of("资金投入（元）", "budgetYuan", Column.Kind.MONEY),
                    Column.text("揭榜方条件", "bidderRequirements"), Column.text("发榜企业", "enterpriseName"),
                    Column.text("统一社会信用代码", "enterpriseUscc"), Column.text("行业代码", "industryCode"),
                    Column.text("技术领域", "technologyField"), Column.of("关键词", "keywords", Column.Kind.TEXT_LIST),
                    Column.of("需求技术就绪度", "requiredTrl", Column.Kind.INTEGER), Column.text("行政区划代码", "regionCode"),
                    Column.text("园区编号", "parkId"), Column.text("联系人", "contact.name"), Column.text("手机", "contact.mobile"),
                    Column.text("邮箱", "contact.email")));
            case TALENT_NEED -> new Template(type, 1, List.of(
                    Column.text("外部编号", "externalId"), Column.text("需求名称", "title"),
                    Column.enumeration("岗位", "role", false, ROLES), Column.text("学科专业", "discipline"),
                    Column.of("需求人数", "headcount", Column.Kind.INTEGER), Column.of("服务期限（月）", "durationMonths", Column.Kind.INTEGER),
                    Column.text("需求说明", "description"), Column.text("用人企业", "enterpriseName"),
                    Column.text("统一社会信用代码", "enterpriseUscc"), Column.text("行政区划代码", "regionCode"),
                    Column.text("园区编号", "parkId"), Column.text("联系人", "contact.name"), Column.text("手机", "contact.mobile"),
                    Column.text("邮箱", "contact.email")));
            case STAFF_OFFER -> new Template(type, 1, List.of(
                    Column.text("外部编号", "externalId"), Column.text("人员名称", "title"), Column.text("所属高校", "universityName"),
                    Column.text("院系", "department"), Column.text("职称", "professionalTitle"),
                    Column.of("研究方向", "researchAreas", Column.Kind.TEXT_LIST),
                    Column.enumeration("可任岗位", "rolesAvailable", true, ROLES),
                    Column.of("可选派起始日期", "availableFrom", Column.Kind.DATE), Column.of("可选派截止日期", "availableUntil", Column.Kind.DATE),
                    Column.text("简介", "description"), Column.text("行政区划代码", "regionCode"), Column.text("园区编号", "parkId"),
                    Column.text("联系人", "contact.name"), Column.text("手机", "contact.mobile"), Column.text("邮箱", "contact.email")));
        };
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** The column a field path belongs to, for row errors: "patents[0].kind" → its column's header. */
    public String headerOf(String fieldPath) {
        if (fieldPath == null) {
            return null;
        }
        String bare = fieldPath.replaceAll("\\[\\d+]", "");
        return columns.stream().filter(c -> c.path().equals(bare) || bare.startsWith(c.path() + "."))
                .map(Column::header).findFirst().orElse(fieldPath);
    }
}
