package org.hundredparks.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.hundredparks.submission.ItemStatus;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.TalentNeedFields;

/**
 * Computes a report's figures from its input in one pass over each kind of record: counters keyed by
 * the table they feed, no second look at a record. Pure: the same input gives the same figures.
 */
public final class FiguresBuilder {

    static final Map<ItemStatus, String> STATUSES = new EnumMap<>(Map.of(ItemStatus.DRAFT, "草稿", ItemStatus.SUBMITTED, "待审核",
            ItemStatus.PUBLISHED, "已发布", ItemStatus.CLOSED, "已关闭"));
    static final Map<String, String> KINDS = Map.of(CooperationKind.TRANSFER.name(), "成果转化",
            CooperationKind.JOINT_PROJECT.name(), "联合攻关", CooperationKind.SECONDMENT.name(), "人员选派");

    private FiguresBuilder() {
    }

    public static ReportFigures build(ReportScope scope, ReportPhase phase, LocalDate asOf, ReportInput input,
            ReportFigures midterm, int staleDays) {
        List<ReportFigures.Table> tables = new ArrayList<>();
        Map<String, Double> totals = new LinkedHashMap<>();

        // ---- action plans, their actions (the matchmaking events), and which parks take part ----
        List<List<Object>> planRows = new ArrayList<>();
        List<List<Object>> actionRows = new ArrayList<>();
        Set<String> parksInActions = new HashSet<>();
        for (ActionPlan plan : input.plans()) {
            if (!scope.covers(plan.fields().regionCode(), null) && scope.kind() != ReportScope.Kind.PARK) {
                continue;
            }
            List<Action> actions = plan.fields().actions() == null ? List.of() : plan.fields().actions();
            if (scope.kind() == ReportScope.Kind.PARK && actions.stream().noneMatch(a -> a.parkIds().contains(scope.code()))) {
                continue;
            }
            planRows.add(List.of(region(plan.fields().regionCode()), plan.fields().period(), plan.fields().leadDepartment(),
                    plan.submittedAt().toString(), plan.late() ? "是" : "否", actions.size()));
            for (Action action : actions) {
                actionRows.add(List.of(region(plan.fields().regionCode()), action.name(), action.parkIds().size()));
                parksInActions.addAll(action.parkIds());
            }
        }
        tables.add(new ReportFigures.Table("行动计划", List.of("地区", "行动周期", "牵头部门", "报送时间", "是否逾期", "行动数"), planRows));
        tables.add(new ReportFigures.Table("对接活动", List.of("地区", "行动名称", "参与园区数"), actionRows));
        List<List<Object>> parkRows = new ArrayList<>();
        int participating = 0;
        List<Park> parks = scope.kind() == ReportScope.Kind.NATION ? ReferenceData.get().parks()
                : ReferenceData.get().parksWithin(scope.province() + "0000");
        for (Park park : parks) {
            if (!scope.coversPark(park)) {
                continue;
            }
            boolean takesPart = parksInActions.contains(park.id());
            participating += takesPart ? 1 : 0;
            parkRows.add(List.of(park.id(), park.name(), park.kind() == Park.Kind.HIGH_TECH_ZONE ? "国家高新区" : "国家大学科技园",
                    region(park.regionCode()), takesPart ? "已参与" : "未参与"));
        }
        tables.add(new ReportFigures.Table("园区参与情况", List.of("园区编号", "园区名称", "类型", "地区", "是否参与行动"), parkRows));
        totals.put("参与行动的园区数", (double) participating);
        totals.put("未参与行动的园区数", (double) (parkRows.size() - participating));

        // ---- the three lists and the staff offers: one pass over the items ----
        Map<ListType, Map<ItemStatus, Integer>> byStatus = new EnumMap<>(ListType.class);
        Map<String, Integer> byField = new TreeMap<>();
        Map<String, Integer> byRegion = new TreeMap<>();
        Map<ListType, int[]> publishedMatched = new EnumMap<>(ListType.class);
        Map<String, ListItem> itemsById = new HashMap<>();
        Set<String> challengesInScope = new HashSet<>();
        for (ListItem item : input.items()) {
            itemsById.put(item.id(), item);
            if (!scope.covers(item.fields().regionCode(), item.fields().parkId())) {
                continue;
            }
            if (item.type() == ListType.CHALLENGE) {
                challengesInScope.add(item.id());
            }
            byStatus.computeIfAbsent(item.type(), t -> new EnumMap<>(ItemStatus.class)).merge(item.status(), 1, Integer::sum);
            if (item.status() == ItemStatus.PUBLISHED) {
                String list = item.type().label();
                byField.merge(list + "\u0000" + fieldOf(item), 1, Integer::sum);
                byRegion.merge(list + "\u0000" + region(item.fields().regionCode().substring(0, 2) + "0000"), 1, Integer::sum);
                int[] counts = publishedMatched.computeIfAbsent(item.type(), t -> new int[2]);
                counts[0]++;
                counts[1] += input.matched().contains(item.id()) ? 1 : 0;
            }
        }
        List<List<Object>> statusRows = new ArrayList<>();
        List<List<Object>> matchRows = new ArrayList<>();
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
            matchRows.add(List.of(type.label(), pm[0], pm[1], pm[0] == 0 ? 0.0 : Math.round(1000.0 * pm[1] / pm[0]) / 10.0));
            totals.put(type.label() + "已发布", (double) pm[0]);
            totals.put(type.label() + "已匹配", (double) pm[1]);
        }
        tables.add(new ReportFigures.Table("清单条目（按状态）", List.of("清单", "草稿", "待审核", "已发布", "已关闭", "合计"), statusRows));
        tables.add(new ReportFigures.Table("已发布条目（按技术领域）", List.of("清单", "技术领域或学科", "已发布数"), split(byField)));
        tables.add(new ReportFigures.Table("已发布条目（按地区）", List.of("清单", "省份", "已发布数"), split(byRegion)));
        tables.add(new ReportFigures.Table("发布与匹配", List.of("清单", "已发布", "已匹配", "匹配率（%）"), matchRows));

        // ---- bids by stage ----
        int submitted = 0;
        int accepted = 0;
        for (Bid bid : input.bids()) {
            if (challengesInScope.contains(bid.challengeId())) {
                if (bid.status() == Bid.Status.ACCEPTED) {
                    accepted++;
                } else {
                    submitted++;
                }
            }
        }
        tables.add(new ReportFigures.Table("揭榜（按阶段）", List.of("阶段", "数量"), List.of(List.of("已揭榜待采纳", submitted),
                List.of("已采纳", accepted))));
        totals.put("揭榜数", (double) (submitted + accepted));
        totals.put("揭榜采纳数", (double) accepted);

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
        tables.add(new ReportFigures.Table("合作（按类型）", List.of("类型", "数量"), rows(byKind)));
        tables.add(new ReportFigures.Table("选派人员（按岗位）", List.of("岗位", "人数"), rows(byRole)));
        tables.add(new ReportFigures.Table("进展滞后的合作（" + staleDays + "天未更新）", List.of("合作名称", "地区", "最近进展日期", "未更新天数"), staleRows));
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
        for (Outcome o : latest.values()) {
            contracts += o.contractsSigned();
            amountYuan += o.contractAmountYuan();
            patents += o.patents();
            products += o.products();
            trained += o.peopleTrained();
        }
        double amountWan = Math.round(amountYuan / 100.0) / 100.0;
        tables.add(new ReportFigures.Table("合作成效", List.of("签约合同数", "合同金额（万元）", "专利数", "产品数", "培养人数"),
                List.of(List.of(contracts, amountWan, patents, products, trained))));
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
                        o == null ? 0 : o.contractsSigned(), o == null ? 0.0 : Math.round(o.contractAmountYuan() / 100.0) / 100.0));
            }
        }
        tables.add(new ReportFigures.Table("典型案例", List.of("合作名称", "地区", "状态", "案例说明", "签约合同数", "合同金额（万元）"), caseRows));
        totals.put("典型案例数", (double) caseRows.size());

        // ---- mid-term against final, where both exist ----
        if (phase == ReportPhase.FINAL && midterm != null) {
            List<List<Object>> comparison = new ArrayList<>();
            for (Map.Entry<String, Double> total : totals.entrySet()) {
                double before = midterm.totals().getOrDefault(total.getKey(), 0.0);
                comparison.add(List.of(total.getKey(), before, total.getValue(), Math.round((total.getValue() - before) * 100) / 100.0));
            }
            tables.add(new ReportFigures.Table("中期与总结对比", List.of("指标", "中期", "总结", "变化"), comparison));
        }
        return new ReportFigures(scope.key(), scope.label(), phase, asOf, totals, tables);
    }

    private static String fieldOf(ListItem item) {
        String field = item.fields().field();
        return field == null || field.isBlank() ? "未注明" : field;
    }

    private static String region(String code) {
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
