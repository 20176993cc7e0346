package org.hundredparks.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hundredparks.actionplan.Action;
import org.hundredparks.actionplan.ActionPlan;
import org.hundredparks.cooperation.Cooperation;
import org.hundredparks.cooperation.CooperationKind;
import org.hundredparks.cooperation.Outcome;
import org.hundredparks.cooperation.Outcomes;
import org.hundredparks.reference.Park;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.submission.Bid;
import org.hundredparks.submission.ChallengeFields;
import org.hundredparks.submission.ItemStatus;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.TalentNeedFields;

/**
 * Computes a report's figures from its input, one pass over each kind of record feeding counters keyed by the
 * table they fill (the funnel then looks at the in-scope cooperations once more). Pure: the same input gives the
 * same figures.
 */
public final class FiguresBuilder {

    static final Map<String, String> KINDS = Map.of(CooperationKind.TRANSFER.name(), "成果转化",
            CooperationKind.JOINT_PROJECT.name(), "联合攻关", CooperationKind.SECONDMENT.name(), "人员选派");

    private FiguresBuilder() {
    }

    /** Titles of the tables the document puts first or draws. */
    static final String HEADLINE = "主要指标";
    static final String FUNNEL = "转化漏斗";
    static final String PROVINCE_RANKING = "各省份排名";
    static final String PARK_RANKING = "各园区排名";
    static final String MONTHLY = "按月进展";

    public static ReportFigures build(ReportScope scope, ReportPhase phase, LocalDate asOf, ReportInput input,
            ReportFigures midterm, int staleDays) {
        Map<String, ReportFigures.Table> tables = new LinkedHashMap<>();
        Map<String, Double> totals = new LinkedHashMap<>();
        Ranking ranking = new Ranking(scope);
        Monthly monthly = new Monthly();
        Findings findings = new Findings();

        // ---- action plans, their actions (the matchmaking events), and which parks take part ----
        List<List<Object>> planRows = new ArrayList<>();
        List<List<Object>> actionRows = new ArrayList<>();
        Set<String> parksInActions = new HashSet<>();
        Set<String> provincesWithPlans = new HashSet<>();
        for (ActionPlan plan : input.plans()) {
            if (!scope.covers(plan.fields().regionCode(), null) && scope.kind() != ReportScope.Kind.PARK) {
                continue;
            }
            List<Action> actions = plan.fields().actions() == null ? List.of() : plan.fields().actions();
            if (scope.kind() == ReportScope.Kind.PARK && actions.stream().noneMatch(a -> a.parkIds().contains(scope.code()))) {
                continue;
            }
            provincesWithPlans.add(plan.fields().regionCode().substring(0, 2));
            planRows.add(List.of(region(plan.fields().regionCode()), plan.fields().period(), plan.fields().leadDepartment(),
                    plan.submittedAt().toString(), plan.late() ? "是" : "否", actions.size()));
            for (Action action : actions) {
                actionRows.add(List.of(region(plan.fields().regionCode()), action.name(), action.parkIds().size()));
                parksInActions.addAll(action.parkIds());
            }
        }
        List<List<Object>> parkRows = new ArrayList<>();
        List<List<Object>> parksOut = new ArrayList<>();
        int participating = 0;
        List<Park> parks = scope.kind() == ReportScope.Kind.NATION ? ReferenceData.get().parks()
                : ReferenceData.get().parksWithin(scope.province() + "0000");
        for (Park park : parks) {
            if (!scope.coversPark(park)) {
                continue;
            }
            boolean takesPart = parksInActions.contains(park.id());
            participating += takesPart ? 1 : 0;
            List<Object> row = List.of(park.id(), park.name(), park.kind() == Park.Kind.HIGH_TECH_ZONE ? "国家高新区" : "国家大学科技园",
                    region(park.regionCode()), takesPart ? "已参与" : "未参与");
            parkRows.add(row);
            if (!takesPart) {
                parksOut.add(row);
            }
            ranking.park(park, takesPart);
        }
        int parksInScope = parkRows.size();
        totals.put("参与行动的园区数", (double) participating);
        totals.put("未参与行动的园区数", (double) (parksInScope - participating));

        // ---- the three lists and the staff offers: one pass over the items ----
        Map<ListType, Map<ItemStatus, Integer>> byStatus = new EnumMap<>(ListType.class);
        Map<String, Integer> byRegion = new TreeMap<>();
        Map<ListType, int[]> publishedMatched = new EnumMap<>(ListType.class);
        Map<String, ListItem> itemsById = new HashMap<>();
        Map<String, ListItem> publishedChallenges = new LinkedHashMap<>();
        Set<String> publishedIds = new HashSet<>();
        FieldTables fields = new FieldTables();
        for (ListItem item : input.items()) {
            itemsById.put(item.id(), item);
            if (!scope.covers(item.fields().regionCode(), item.fields().parkId())) {
                continue;
            }
            byStatus.computeIfAbsent(item.type(), t -> new EnumMap<>(ItemStatus.class)).merge(item.status(), 1, Integer::sum);
            monthly.published(item.publishedAt()); // closed since or not, it was published that month
            if (item.status() == ItemStatus.PUBLISHED) {
                String list = item.type().label();
                fields.count(item);
                byRegion.merge(list + "\u0000" + region(item.fields().regionCode().substring(0, 2) + "0000"), 1, Integer::sum);
                int[] counts = publishedMatched.computeIfAbsent(item.type(), t -> new int[2]);
                counts[0]++;
                counts[1] += input.matched().contains(item.id()) ? 1 : 0;
                publishedIds.add(item.id());
                ranking.published(item.fields().regionCode(), item.fields().parkId());
                if (item.type() == ListType.CHALLENGE) {
                    publishedChallenges.put(item.id(), item);
                }
            }
        }
        List<List<Object>> statusRows = new ArrayList<>();
        List<List<Object>> matchRows = new ArrayList<>();
        int published = 0;
        int matched = 0;
        for (ListType type : ListType.values()) {
            Map<ItemStatus, Integer> counts = byStatus.getOrDefault(type, Map.of());
            List<Object> row = new ArrayList<>(List.of(type.label()));
            int sum = 0;
            for (ItemStatus status : ItemStatus.values()) {
                int n = counts.getOrDefault(status, 0);
                row.add(n);
                sum += n;
            }
            row.add(sum);
            statusRows.add(row);
            int[] pm = publishedMatched.getOrDefault(type, new int[2]);
            matchRows.add(List.of(type.label(), pm[0], pm[1], percent(pm[1], pm[0])));
            totals.put(type.label() + "已发布", (double) pm[0]);
            totals.put(type.label() + "已匹配", (double) pm[1]);
            published += pm[0];
            matched += pm[1];
        }

        // ---- bids by stage, and the challenges past their deadline that nobody bid for ----
        int submitted = 0;
        int accepted = 0;
        Set<String> challengesBidFor = new HashSet<>();
        for (Bid bid : input.bids()) {
            ListItem challenge = itemsById.get(bid.challengeId());
            if (challenge != null && scope.covers(challenge.fields().regionCode(), challenge.fields().parkId())) {
                challengesBidFor.add(bid.challengeId());
                monthly.bid(bid.createdAt());
                if (bid.status() == Bid.Status.ACCEPTED) {
                    accepted++;
                } else {
                    submitted++;
                }
            }
        }
        totals.put("揭榜数", (double) (submitted + accepted));
        totals.put("揭榜采纳数", (double) accepted);
        List<List<Object>> unanswered = new ArrayList<>();
        for (ListItem challenge : publishedChallenges.values()) {
            if (challenge.fields() instanceof ChallengeFields c && c.deadline() != null && c.deadline().isBefore(asOf)
                    && !challengesBidFor.contains(challenge.id())) {
                unanswered.add(List.of(java.util.Objects.requireNonNullElse(c.title(), challenge.id()), region(c.regionCode()), c.deadline().toString(),
                        ChronoUnit.DAYS.between(c.deadline(), asOf)));
            }
        }

        // ---- cooperations by kind, secondments by role, stale progress ----
        Map<String, Integer> byKind = new LinkedHashMap<>();
        KINDS.values().stream().sorted().forEach(k -> byKind.put(k, 0));
        Map<String, Integer> byRole = new TreeMap<>();
        List<List<Object>> staleRows = new ArrayList<>();
        Map<String, Cooperation> cooperationsInScope = new HashMap<>();
        for (Cooperation c : input.cooperations()) {
            if (!scope.covers(c.fields().regionCode(), c.fields().parkId())) {
                continue;
            }
            cooperationsInScope.put(c.id(), c);
            byKind.merge(KINDS.get(c.fields().kind().name()), 1, Integer::sum);
            ranking.cooperation(c.fields().regionCode(), c.fields().parkId());
            monthly.cooperation(c.fields().startedOn());
            if (c.fields().kind() == CooperationKind.SECONDMENT) {
                ListItem need = c.fields().talentNeedId() == null ? null : itemsById.get(c.fields().talentNeedId());
                String role = need != null && need.fields() instanceof TalentNeedFields t && t.role() != null
                        ? t.role().label() : "未注明";
                byRole.merge(role, 1, Integer::sum);
            }
            LocalDate last = c.lastProgressOn() != null ? LocalDate.parse(c.lastProgressOn()) : c.fields().startedOn();
            long quiet = ChronoUnit.DAYS.between(last, asOf);
            if (quiet > staleDays) {
                staleRows.add(List.of(c.fields().name(), region(c.fields().regionCode()), last.toString(), quiet));
            }
        }
        totals.put("合作数", (double) cooperationsInScope.size());
        totals.put("选派人员数", (double) byRole.values().stream().mapToInt(Integer::intValue).sum());
        totals.put("进展滞后的合作数", (double) staleRows.size());

        // ---- outcomes: each cooperation's current figure (its newest entry that no correction replaced) ----
        Map<String, List<Outcome>> entries = new HashMap<>();
        for (Map.Entry<String, Outcome> entry : input.outcomes()) {
            if (cooperationsInScope.containsKey(entry.getKey())) {
                entries.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue());
            }
        }
        Map<String, Outcome> latest = new HashMap<>();
        entries.forEach((cooperation, list) -> Outcomes.current(list).ifPresent(o -> latest.put(cooperation, o)));
        long contracts = 0;
        long amountYuan = 0;
        long patents = 0;
        long products = 0;
        long trained = 0;
        int signedCooperations = 0;
        for (Map.Entry<String, Outcome> entry : latest.entrySet()) {
            Outcome o = entry.getValue();
            contracts += o.contractsSigned();
            amountYuan += o.contractAmountYuan();
            patents += o.patents();
            products += o.products();
            trained += o.peopleTrained();
            signedCooperations += o.contractsSigned() > 0 ? 1 : 0;
            Cooperation c = cooperationsInScope.get(entry.getKey());
            ranking.amount(c.fields().regionCode(), c.fields().parkId(), o.contractAmountYuan());
        }
        double amountWan = wan(amountYuan);
        totals.put("签约合同数", (double) contracts);
        totals.put("合同金额（万元）", amountWan);
        totals.put("专利数", (double) patents);
        totals.put("产品数", (double) products);
        totals.put("培养人数", (double) trained);

        // ---- typical cases ----
        List<List<Object>> caseRows = new ArrayList<>();
        for (TypicalCase c : input.typicalCases()) {
            if (scope.covers(c.regionCode(), c.parkId())) {
                Outcome o = latest.get(c.cooperationId());
                caseRows.add(List.of(c.cooperationName(), region(c.regionCode()), c.shortlisted() ? "已入选" : "已推荐",
                        String.valueOf(c.description()),
                        o == null ? 0 : o.contractsSigned(), o == null ? 0.0 : wan(o.contractAmountYuan())));
            }
        }
        totals.put("典型案例数", (double) caseRows.size());

        // ---- 问题与建议: each rule's count, and its cases for the appendix ----
        List<List<Object>> provincesWithout = new ArrayList<>();
        if (scope.kind() != ReportScope.Kind.PARK) {
            for (String province : ReferenceData.get().provinces()) {
                if ((scope.kind() == ReportScope.Kind.NATION || province.equals(scope.code())) && !provincesWithPlans.contains(province)) {
                    provincesWithout.add(List.of(province + "0000", region(province + "0000")));
                }
            }
            findings.add(Findings.NO_PLAN, provincesWithout.size());
        }
        findings.add(Findings.PARKS_OUT, parksOut.size());
        String staleTitle = "进展滞后的合作";
        findings.add(Findings.quiet(staleDays, staleTitle), staleRows.size());
        findings.add(Findings.UNANSWERED, unanswered.size());
        findings.add(Findings.UNMAPPED, fields.unmapped());
        if (scope.kind() != ReportScope.Kind.PARK) {
            totals.put("未报送行动计划的省份数", (double) provincesWithout.size());
        }
        totals.put("逾期未获揭榜的技术攻关数", (double) unanswered.size());

        // ---- 总体情况: the headline with its rates, the conversion funnel, the ranking ----
        int bids = submitted + accepted;
        List<List<Object>> headline = new ArrayList<>();
        headline.add(List.of("参与行动的园区", participating, percent(participating, parksInScope), "范围内园区共" + parksInScope + "个"));
        headline.add(List.of("已发布清单条目", published, "—", String.join("，", matchRows.stream()
                .map(r -> r.get(0) + " " + r.get(1)).toList())));
        headline.add(List.of("已匹配条目", matched, percent(matched, published), "已发布条目中匹配清单不为空的"));
        long answered = publishedChallenges.keySet().stream().filter(challengesBidFor::contains).count();
        headline.add(List.of("揭榜次数", bids, percent(answered, publishedChallenges.size()),
                "占比为获揭榜的已发布技术攻关（" + answered + " 项）占已发布技术攻关之比"));
        headline.add(List.of("合作", cooperationsInScope.size(), "—", String.join("，", byKind.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).toList())));
        headline.add(List.of("有签约成效的合作", signedCooperations, percent(signedCooperations, cooperationsInScope.size()),
                "占合作"));
        headline.add(List.of("合同金额（万元）", amountWan, "—", "签约合同 " + contracts + " 份"));
        headline.add(List.of("典型案例", caseRows.size(), "—", "已推荐或已入选"));
        put(tables, new ReportFigures.Table(HEADLINE, List.of("指标", "数值", "占比或转化率（%）", "说明"), headline));
        put(tables, funnel(publishedMatched, publishedIds, publishedChallenges.keySet(), answered, cooperationsInScope.values(), latest));
        ranking.table().ifPresent(table -> put(tables, table));
        if (phase == ReportPhase.FINAL && midterm != null) {
            List<List<Object>> comparison = new ArrayList<>();
            for (Map.Entry<String, Double> total : totals.entrySet()) {
                Double before = midterm.totals().get(total.getKey());
                // a figure the mid-term report did not have yet (written by an earlier version) has no change to show
                comparison.add(before == null ? List.of(total.getKey(), "—", total.getValue(), "—")
                        : List.of(total.getKey(), before, total.getValue(), Math.round((total.getValue() - before) * 100) / 100.0));
            }
            put(tables, new ReportFigures.Table("中期与总结对比", List.of("指标", "中期", "总结", "变化"), comparison));
        }
        put(tables, findings.table());

        // ---- the body's tables, then what the appendices list ----
        put(tables, new ReportFigures.Table("清单条目（按状态）", List.of("清单", "草稿", "待审核", "已发布", "已关闭", "合计"), statusRows));
        put(tables, new ReportFigures.Table("发布与匹配", List.of("清单", "已发布", "已匹配", "匹配率（%）"), matchRows));
        fields.tables().forEach(table -> put(tables, table));
        put(tables, monthly.table(MONTHLY, asOf));
        put(tables, new ReportFigures.Table("揭榜（按阶段）", List.of("阶段", "数量"), List.of(List.of("已揭榜待采纳", submitted),
                List.of("已采纳", accepted))));
        put(tables, new ReportFigures.Table("合作（按类型）", List.of("类型", "数量"), rows(byKind)));
        put(tables, new ReportFigures.Table("选派人员（按岗位）", List.of("岗位", "人数"), rows(byRole)));
        put(tables, new ReportFigures.Table("合作成效", List.of("签约合同数", "合同金额（万元）", "专利数", "产品数", "培养人数"),
                List.of(List.of(contracts, amountWan, patents, products, trained))));
        put(tables, new ReportFigures.Table("典型案例", List.of("合作名称", "地区", "状态", "案例说明", "签约合同数", "合同金额（万元）"), caseRows));
        if (scope.kind() != ReportScope.Kind.PARK) {
            put(tables, new ReportFigures.Table(Findings.NO_PLAN.appendix(), List.of("省份代码", "省份"), provincesWithout));
        }
        put(tables, new ReportFigures.Table(Findings.PARKS_OUT.appendix(), List.of("园区编号", "园区名称", "类型", "地区", "是否参与行动"),
                parksOut));
        put(tables, new ReportFigures.Table(staleTitle, List.of("合作名称", "地区", "最近进展日期", "未更新天数（超过" + staleDays + "天）"),
                staleRows));
        put(tables, new ReportFigures.Table(Findings.UNANSWERED.appendix(), List.of("技术攻关", "地区", "完成时限", "逾期天数"), unanswered));
        put(tables, new ReportFigures.Table("行动计划", List.of("地区", "行动周期", "牵头部门", "报送时间", "是否逾期", "行动数"), planRows));
        put(tables, new ReportFigures.Table("对接活动", List.of("地区", "行动名称", "参与园区数"), actionRows));
        put(tables, new ReportFigures.Table("园区参与情况", List.of("园区编号", "园区名称", "类型", "地区", "是否参与行动"), parkRows));
        put(tables, new ReportFigures.Table("已发布条目（按地区）", List.of("清单", "省份", "已发布数"), split(byRegion)));
        return new ReportFigures(scope.key(), scope.label(), phase, asOf, totals, List.copyOf(tables.values()));
    }

    /**
     * The conversion of one list's items, each stage counting published items (not bids or cooperations), so that
     * every rate is a share of the published: matched, bid for (challenges only), in a cooperation, in a cooperation
     * whose current outcome has a signed contract. The stages are not nested (a challenge may be bid for unmatched),
     * so a rate is never compared with the stage before. Challenges and achievements side by side.
     */
    private static ReportFigures.Table funnel(Map<ListType, int[]> publishedMatched, Set<String> publishedIds, Set<String> publishedChallenges,
            long answered, Collection<Cooperation> cooperations, Map<String, Outcome> latest) {
        Set<String> challengesCooperating = new HashSet<>();
        Set<String> challengesSigned = new HashSet<>();
        Set<String> achievementsCooperating = new HashSet<>();
        Set<String> achievementsSigned = new HashSet<>();
        for (Cooperation c : cooperations) {
            Outcome o = latest.get(c.id());
            boolean signed = o != null && o.contractsSigned() > 0;
            if (c.fields().challengeId() != null && publishedChallenges.contains(c.fields().challengeId())) {
                challengesCooperating.add(c.fields().challengeId());
                if (signed) {
                    challengesSigned.add(c.fields().challengeId());
                }
            }
            if (c.fields().achievementId() != null && publishedIds.contains(c.fields().achievementId())) {
                achievementsCooperating.add(c.fields().achievementId());
                if (signed) {
                    achievementsSigned.add(c.fields().achievementId());
                }
            }
        }
        int[] challenges = publishedMatched.getOrDefault(ListType.CHALLENGE, new int[2]);
        int[] achievements = publishedMatched.getOrDefault(ListType.ACHIEVEMENT, new int[2]);
        long[] challenge = {challenges[0], challenges[1], answered, challengesCooperating.size(), challengesSigned.size()};
        Long[] achievement = {(long) achievements[0], (long) achievements[1], null, (long) achievementsCooperating.size(),
                (long) achievementsSigned.size()};
        String[] stages = {"已发布", "已匹配", "获揭榜", "形成合作", "合作已签约"};
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < stages.length; i++) {
            rows.add(List.of(stages[i], challenge[i], percent(challenge[i], challenge[0]), achievement[i] == null ? "—" : achievement[i],
                    achievement[i] == null ? "—" : percent(achievement[i], achievement[0])));
        }
        return new ReportFigures.Table(FUNNEL, List.of("环节", ListType.CHALLENGE.label(), "占已发布（%）", ListType.ACHIEVEMENT.label(),
                "占已发布（%）"), rows);
    }

    private static void put(Map<String, ReportFigures.Table> tables, ReportFigures.Table table) {
        tables.put(table.title(), table);
    }

    /** A share in percent with one decimal; 0 of nothing is 0. */
    static double percent(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    static double wan(long yuan) {
        return Math.round(yuan / 100.0) / 100.0;
    }

    static String region(String code) {
        String name = code == null ? null : ReferenceData.get().regionName(code);
        return name == null ? String.valueOf(code) : name;
    }

    private static List<List<Object>> rows(Map<String, Integer> counts) {
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((k, v) -> rows.add(List.of(k, v)));
        return rows;
    }

    /** Rows from counters keyed "list\0value". */
    private static List<List<Object>> split(Map<String, Integer> counts) {
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((k, v) -> {
            String[] parts = k.split("\u0000", 2);
            rows.add(List.of(parts[0], parts[1], v));
        });
        return rows;
    }
}
