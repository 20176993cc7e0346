package org.hundredparks.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hundredparks.actionplan.Action;
import org.hundredparks.actionplan.ActionPlan;
import org.hundredparks.actionplan.ActionPlanFields;
import org.hundredparks.cooperation.Cooperation;
import org.hundredparks.cooperation.CooperationFields;
import org.hundredparks.cooperation.CooperationKind;
import org.hundredparks.cooperation.Outcome;
import org.hundredparks.reference.Park;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.reporting.FiguresBuilder;
import org.hundredparks.reporting.ReportFigures;
import org.hundredparks.reporting.ReportInput;
import org.hundredparks.reporting.ReportPhase;
import org.hundredparks.reporting.ReportScope;
import org.hundredparks.reporting.ReportWriter;
import org.hundredparks.reporting.TypicalCase;
import org.hundredparks.submission.AchievementFields;
import org.hundredparks.submission.Bid;
import org.hundredparks.submission.BidFields;
import org.hundredparks.submission.ChallengeFields;
import org.hundredparks.submission.Contact;
import org.hundredparks.submission.ItemStatus;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListItemFields;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.SecondmentRole;
import org.hundredparks.submission.StaffOfferFields;
import org.hundredparks.submission.TalentNeedFields;

/**
 * A national final report over generated records: 100,000 list items plus plans, cooperations,
 * outcomes, bids and typical cases. Times computing the figures and writing the three files (the part
 * after the records are read), and the heap held. Run: {@code bench/benchmark-reports.sh [items]}.
 */
public final class ReportBenchmark {

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Random random = new Random(7);
        List<String> provinces = ReferenceData.get().provinces();
        List<Park> parks = ReferenceData.get().parks();
        String[] fields = {"新一代信息技术", "新材料", "新能源", "生物医药", "高端装备", "节能环保", "现代农业", "集成电路", "航空航天", "新能源汽车"};
        ItemStatus[] statuses = ItemStatus.values();
        Contact contact = new Contact("张", "13812345678", null);
        Instant now = Instant.parse("2025-06-20T00:00:00Z");
        List<ListItem> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Park park = parks.get(random.nextInt(parks.size()));
            String region = park.regionCode();
            String field = fields[random.nextInt(fields.length)];
            ListType type = ListType.values()[i % 4];
            ListItemFields f = switch (type) {
                case ACHIEVEMENT -> new AchievementFields("e" + i, "成果" + i, "简介", field, List.of(), 6, List.of(), Set.of(), 100_000L,
                        "某大学", region, park.id(), contact);
                case CHALLENGE -> new ChallengeFields("e" + i, "榜单" + i, "问题", "指标", LocalDate.parse("2025-12-31"), "共有", 1_000_000L,
                        "条件", "某公司", "x", "C38", field, List.of(), 6, region, park.id(), contact);
                case TALENT_NEED -> new TalentNeedFields("e" + i, "需求" + i, SecondmentRole.values()[i % 3], field, 1, 12, "说明",
                        "某公司", "x", region, park.id(), contact);
                case STAFF_OFFER -> new StaffOfferFields("e" + i, "人员" + i, "某大学", "学院", "教授", List.of(field),
                        Set.of(SecondmentRole.TECHNICAL_ADVISER), LocalDate.parse("2024-09-01"), LocalDate.parse("2025-08-31"), "简介",
                        region, park.id(), contact);
            };
            items.add(new ListItem("it_" + i, type, statuses[random.nextInt(statuses.length)], null, "org" + (i % 5000), 1, now, now, now,
                    f));
        }
        List<ActionPlan> plans = new ArrayList<>();
        for (String province : provinces) {
            List<String> roster = ReferenceData.get().parksWithin(province + "0000").stream().map(Park::id).toList();
            if (!roster.isEmpty()) {
                plans.add(new ActionPlan(province + "0000_2024-2025", new ActionPlanFields(province + "0000", "2024-2025", "科技厅", roster,
                        List.of(new Action("'百园百校万企'创新合作行动——对接", null, roster.subList(0, (roster.size() + 1) / 2)))),
                        "auth", 1, now, now, false));
            }
        }
        List<Cooperation> cooperations = new ArrayList<>();
        List<Map.Entry<String, Outcome>> outcomes = new ArrayList<>();
        List<Bid> bids = new ArrayList<>();
        for (int i = 0; i < size / 10; i++) {
            Park park = parks.get(random.nextInt(parks.size()));
            String id = "coop_" + i;
            cooperations.add(new Cooperation(id, new CooperationFields("'百园百校万企'创新合作行动——合作" + i,
                    CooperationKind.values()[i % 3], park.regionCode(), park.id(), List.of("org" + i), null, null, "it_" + (2 + 4 * (i % 1000)),
                    null, LocalDate.parse("2024-09-01"), null), "org" + i, 1, now, random.nextBoolean() ? "2025-03-01" : null));
            outcomes.add(Map.entry(id, new Outcome("o" + i, LocalDate.parse("2025-05-31"), 1 + i % 3, 100_000L * (1 + i % 20), i % 4,
                    i % 2, i % 5, null, null, "org" + i, now)));
            bids.add(new Bid("b" + i, "it_" + (1 + 4 * (i % (size / 4))), "org" + i, i % 2 == 0 ? Bid.Status.ACCEPTED : Bid.Status.SUBMITTED,
                    new BidFields("团队", "方案", 1L, LocalDate.parse("2025-06-01"), contact), 1, now, now, null));
        }
        List<TypicalCase> cases = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Cooperation c = cooperations.get(i);
            cases.add(new TypicalCase(c.id(), c.fields().name(), c.fields().regionCode(), c.fields().parkId(), "说明", "auth", now, i % 3 == 0));
        }
        Set<String> matched = new java.util.HashSet<>();
        for (int i = 0; i < size; i += 3) {
            matched.add("it_" + i);
        }
        ReportInput input = new ReportInput(items, plans, cooperations, outcomes, bids, matched, cases);
        long held = usedHeapAfterGc();

        long[] times = new long[5];
        long[][] parts = new long[4][5];
        int xlsxBytes = 0;
        int docxBytes = 0;
        for (int run = 0; run < times.length; run++) {
            long start = System.nanoTime();
            ReportFigures figures = FiguresBuilder.build(new ReportScope(ReportScope.Kind.NATION, null), ReportPhase.FINAL,
                    LocalDate.parse("2025-06-20"), input, null);
            long t1 = System.nanoTime();
            xlsxBytes = ReportWriter.xlsx(figures).length;
            long t2 = System.nanoTime();
            docxBytes = ReportWriter.docx(figures).length;
            long t3 = System.nanoTime();
            ReportWriter.json(figures);
            long t4 = System.nanoTime();
            times[run] = t4 - start;
            parts[0][run] = t1 - start;
            parts[1][run] = t2 - t1;
            parts[2][run] = t3 - t2;
            parts[3][run] = t4 - t3;
        }
        for (long[] part : parts) {
            java.util.Arrays.sort(part);
        }
        java.util.Arrays.sort(times);
        System.out.printf("""
                | measure | national final report |
                |---|---|
                | records | %,d list items, %,d cooperations, %,d outcomes, %,d bids, %d plans, %d typical cases |
                | figures + .xlsx + .docx + .json, median of 5 (first run %.2f s) | %.2f s |
                | heap held by the records after GC (before the report) | %d MB |
                | peak heap used during the runs | %d MB |
                | file sizes | .xlsx %d KB, .docx %d KB |
                | of which (medians): figures / .xlsx / .docx / .json | %.2f s / %.2f s / %.2f s / %.2f s |
                """, items.size(), cooperations.size(), outcomes.size(), bids.size(), plans.size(), cases.size(),
                times[times.length - 1] / 1e9, times[2] / 1e9, held / 1_000_000, peakHeap() / 1_000_000, xlsxBytes / 1000,
                docxBytes / 1000, parts[0][2] / 1e9, parts[1][2] / 1e9, parts[2][2] / 1e9, parts[3][2] / 1e9);
        System.out.println("JVM: " + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / 1_000_000 + " MB");
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
