package org.hundredparks.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * 问题与建议: facts found by stated rules, each with its number, the rule, a standing recommendation and the appendix
 * that lists it. Nothing here is written for one report: the sentences are the rules', the numbers the data's.
 */
final class Findings {

    static final String TITLE = "问题与建议";

    /** One rule: what it finds, how, what the programme asks for, and the appendix table that lists the cases. */
    record Rule(String finding, String basis, String recommendation, String appendix) {
    }

    static final Rule NO_PLAN = new Rule("尚未报送行动计划的省份", "截至统计日，本省及省内各地均没有本期行动计划记录", "督促相关省份报送行动计划",
            "未报送行动计划的省份");
    static final Rule PARKS_OUT = new Rule("未参与对接活动的园区", "未列入任何行动计划的对接活动", "推动相关园区参与对接活动",
            "未参与行动的园区");
    static final Rule UNANSWERED = new Rule("已过完成时限仍无人揭榜的技术攻关", "已发布，完成时限早于统计日，揭榜数为 0",
            "请发榜企业评估延期或调整榜单", "逾期未获揭榜的技术攻关");
    static final Rule UNMAPPED = new Rule("未能归入分类的领域填写", "领域未填写，或不含分类词表中的任何词（产业领域或学科）",
            "由管理员补充词表，或请提交者规范填写", FieldTables.MAPPING);

    /** The stale rule names its own threshold and appendix. */
    static Rule quiet(int staleDays, String appendix) {
        return new Rule(staleDays + "天以上未更新进展的合作", "最近一次进展（无进展时为开始日期）距统计日超过" + staleDays + "天",
                "请合作各方更新进展，或说明中止原因", appendix);
    }

    private final List<List<Object>> rows = new ArrayList<>();

    void add(Rule rule, int count) {
        rows.add(List.of(rows.size() + 1, rule.finding(), count, rule.basis(), count == 0 ? "—" : rule.recommendation(),
                count == 0 ? "—" : "附录：" + rule.appendix()));
    }

    ReportFigures.Table table() {
        return new ReportFigures.Table(TITLE, List.of("序号", "发现", "数量", "依据", "建议", "明细"), rows);
    }
}
