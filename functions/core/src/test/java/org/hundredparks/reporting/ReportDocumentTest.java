package org.hundredparks.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.hundredparks.actionplan.Action;
import org.hundredparks.actionplan.ActionPlan;
import org.hundredparks.actionplan.ActionPlanFields;
import org.hundredparks.cooperation.Cooperation;
import org.hundredparks.cooperation.CooperationFields;
import org.hundredparks.cooperation.CooperationKind;
import org.hundredparks.cooperation.Outcome;
import org.hundredparks.reference.Park;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.reference.Taxonomy;
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
import org.junit.jupiter.api.Test;

/**
 * The generated files as a reader opens them, over a small seeded data set whose figures are counted by hand below:
 * the headline first, the charts, the taxonomy tables, the findings and their appendices.
 */
class ReportDocumentTest {

    static final LocalDate AS_OF = LocalDate.parse("2025-06-20");
    static final Instant NOW = Instant.parse("2025-06-20T00:00:00Z");
    static final Contact CONTACT = new Contact("张", "13812345678", null);
    static final List<Park> GUANGDONG = ReferenceData.get().parksWithin("440000");

    /**
     * Guangdong has the only plan, naming its first two parks. Published: three achievements (集成电路, 新能源/储能, and
     * 现代农业/食品, which no field's words cover), three challenges (two past their deadline without a bid, one in
     * Zhejiang), a talent need and a staff offer; a draft besides. Three published items are matched. One bid; two
     * cooperations, one quiet since January, one with a contract of 150 万元.
     */
    static ReportInput seeded() {
        String park = GUANGDONG.get(0).id();
        List<ListItem> items = new ArrayList<>();
        items.add(item("a1", ListType.ACHIEVEMENT, ItemStatus.PUBLISHED, achievement("集成电路", park), "2025-01-10T02:00:00Z"));
        items.add(item("a2", ListType.ACHIEVEMENT, ItemStatus.PUBLISHED, achievement("新能源/储能", park), "2025-03-05T02:00:00Z"));
        items.add(item("a3", ListType.ACHIEVEMENT, ItemStatus.PUBLISHED, achievement("现代农业/食品", park), "2025-03-06T02:00:00Z"));
        items.add(item("a4", ListType.ACHIEVEMENT, ItemStatus.DRAFT, achievement("新材料", park), null));
        items.add(item("c1", ListType.CHALLENGE, ItemStatus.PUBLISHED, challenge("新材料", "2025-01-31", "440300", park), "2025-01-02T02:00:00Z"));
        items.add(item("c2", ListType.CHALLENGE, ItemStatus.PUBLISHED, challenge("高端装备/智能制造", "2025-12-31", "440300", park),
                "2025-01-03T02:00:00Z"));
        // c2 is matched (below) but not c1 or c3
        items.add(item("c3", ListType.CHALLENGE, ItemStatus.PUBLISHED, challenge("新能源汽车", "2025-02-01", "330100", null),
                "2025-02-01T02:00:00Z"));
        items.add(item("t1", ListType.TALENT_NEED, ItemStatus.PUBLISHED, new TalentNeedFields("t1", "电化学人才", SecondmentRole.TECHNICAL_ADVISER,
                "化学工程/电化学", 1, 12, "说明", "某公司", "x", "440300", park, CONTACT), "2025-04-01T02:00:00Z"));
        items.add(item("s1", ListType.STAFF_OFFER, ItemStatus.PUBLISHED, new StaffOfferFields("s1", "教授", "某大学", "材料学院", "教授",
                List.of("材料科学与工程"), Set.of(SecondmentRole.TECHNICAL_ADVISER), LocalDate.parse("2024-09-01"),
                LocalDate.parse("2025-08-31"), "简介", "440300", park, CONTACT), "2025-04-02T02:00:00Z"));
        List<String> roster = GUANGDONG.stream().map(Park::id).toList();
        List<ActionPlan> plans = List.of(new ActionPlan("440000_2024-2025", new ActionPlanFields("440000", "2024-2025", "科技厅", roster,
                List.of(new Action("对接会", null, roster.subList(0, 2)))), "auth", 1, NOW, NOW, false));
        List<Cooperation> cooperations = List.of(
                cooperation("k1", "储能合作", "2025-02-01", "2025-06-01", park, "c2", null),
                cooperation("k2", "材料合作", "2025-01-01", null, park, null, "a1"));
        List<Map.Entry<String, Outcome>> outcomes = List.of(Map.entry("k1",
                new Outcome("o1", LocalDate.parse("2025-05-31"), 2, 1_500_000L, 1, 0, 3, null, null, "org", NOW)));
        List<Bid> bids = List.of(new Bid("b1", "c2", "uni", Bid.Status.SUBMITTED, new BidFields("团队", "方案", 1L, LocalDate.parse("2025-09-01"),
                CONTACT), 1, Instant.parse("2025-02-10T02:00:00Z"), NOW, null));
        return new ReportInput(items, plans, cooperations, outcomes, bids, Set.of("a1", "a2", "c2"), List.of());
    }

    @Test
    void theDocumentOpensWithTheHeadlineFiguresOfTheData() throws IOException {
        ReportFigures figures = FiguresBuilder.build(ReportScope.parse("NATION"), ReportPhase.MIDTERM, AS_OF, seeded(), null, 60);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(ReportWriter.docx(figures)))) {
            // the first page: the title, the scope and date, the first chapter's heading, then the headline table
            List<IBodyElement> body = document.getBodyElements();
            int firstTable = 0;
            while (!(body.get(firstTable) instanceof XWPFTable)) {
                firstTable++;
            }
            assertTrue(firstTable <= 4, "only the title, the scope and two headings come before it: " + firstTable);
            assertEquals("一、总体情况", ((XWPFParagraph) body.get(2)).getText());
            XWPFTable headline = (XWPFTable) body.get(firstTable);
            int parks = ReferenceData.get().parks().size();
            assertEquals(List.of("参与行动的园区", "2", percent(2, parks)), cells(headline, 1).subList(0, 3));
            assertEquals(List.of("已发布清单条目", "8"), cells(headline, 2).subList(0, 2));
            assertEquals(List.of("已匹配条目", "3", "37.5"), cells(headline, 3).subList(0, 3));
            assertEquals(List.of("揭榜次数", "1", "33.3"), cells(headline, 4).subList(0, 3), "one of three published challenges has a bid");
            assertEquals(List.of("合作", "2"), cells(headline, 5).subList(0, 2));
            assertEquals(List.of("有签约成效的合作", "1", "50.0"), cells(headline, 6).subList(0, 3));
            assertEquals(List.of("合同金额（万元）", "150.0"), cells(headline, 7).subList(0, 2));
            assertTrue(((XWPFParagraph) body.get(0)).getText().startsWith("全国“百园百校万企”创新合作行动中期评估报告"));

            assertEquals(4, document.getCharts().size(), "funnel, provinces, fields, months");
            List<String> titles = document.getCharts().stream()
                    .map(c -> c.getTitle().getBody().getParagraph(0).getText()).toList();
            assertEquals(List.of("转化漏斗（技术攻关清单）", "各省份已发布条目与合作", "已发布条目（按产业领域）", "按月进展"), titles);
            // the challenges' funnel: 3 published, c2 matched, bid for, in cooperation k1, which signed
            assertEquals(List.of(List.of("已发布", 3L, 100.0, 3L, 100.0), List.of("已匹配", 1L, 33.3, 2L, 66.7), List.of("获揭榜", 1L, 33.3, "—", "—"),
                    List.of("形成合作", 1L, 33.3, 1L, 33.3), List.of("合作已签约", 1L, 33.3, 0L, 0.0)), figures.table(FiguresBuilder.FUNNEL).rows());
            var funnel = document.getCharts().get(0).getChartSeries().get(0).getSeries(0).getValuesData();
            List<Double> points = new ArrayList<>();
            for (int i = 0; i < funnel.getPointCount(); i++) {
                points.add(funnel.getPointAt(i).doubleValue());
            }
            assertEquals(List.of(3.0, 1.0, 1.0, 1.0, 1.0), points);
            String text = String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertTrue(text.indexOf("二、问题与建议") < text.indexOf("三、三张清单发布与匹配情况"), "findings before the chapters");
            assertTrue(text.indexOf("附录一　未报送行动计划的省份") > text.indexOf("六、典型案例"), "long lists after the chapters");
        }
    }

    @Test
    void theWorkbookCarriesTheChartsBesideTheirTables() throws IOException {
        ReportFigures figures = FiguresBuilder.build(ReportScope.parse("NATION"), ReportPhase.MIDTERM, AS_OF, seeded(), null, 60);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportWriter.xlsx(figures)))) {
            assertEquals("主要指标", workbook.getSheetName(0));
            assertEquals(8.0, workbook.getSheet("主要指标").getRow(2).getCell(1).getNumericCellValue());
            int charts = 0;
            for (var sheet : workbook) {
                XSSFDrawing drawing = ((XSSFSheet) sheet).getDrawingPatriarch();
                charts += drawing == null ? 0 : drawing.getCharts().size();
            }
            assertEquals(4, charts);
            var chart = workbook.getSheet("转化漏斗").getDrawingPatriarch().getCharts().get(0);
            assertEquals("转化漏斗!$B$2:$B$6", chart.getChartSeries().get(0).getSeries(0).getValuesData().getDataRangeReference(),
                    "the chart reads the table's own cells");
            assertEquals(figures.tables().size(), workbook.getNumberOfSheets(), "one sheet per table");
        }
    }

    @Test
    void fieldsAreCountedByTheTaxonomyWithTheSubmittersWordsKept() {
        ReportFigures figures = FiguresBuilder.build(ReportScope.parse("NATION"), ReportPhase.MIDTERM, AS_OF, seeded(), null, 60);
        List<List<Object>> industries = figures.table(FieldTables.INDUSTRIES).rows();
        assertTrue(industries.size() <= Taxonomy.emergingIndustries().categories().size() + 1, industries.toString());
        assertEquals(List.of(
                List.of("新一代信息技术产业", 1, 0, 1),
                List.of("高端装备制造产业", 0, 1, 1),
                List.of("新材料产业", 0, 1, 1),
                List.of("新能源汽车产业", 0, 1, 1),
                List.of("新能源产业", 1, 0, 1),
                List.of("未归类", 1, 0, 1)), industries, "新能源汽车 is not 新能源: the longest word decides");
        List<List<Object>> disciplines = figures.table(FieldTables.DISCIPLINES).rows();
        assertTrue(disciplines.size() <= Taxonomy.disciplines().categories().size() + 1);
        assertEquals(List.of(List.of("工学", "材料科学与工程", 0, 1, 1), List.of("工学", "化学工程与技术", 1, 0, 1)), disciplines);
        List<List<Object>> mapping = figures.table(FieldTables.MAPPING).rows();
        assertEquals(List.of("成果转化清单", "现代农业/食品", "未归类", 1), mapping.get(0), "unmapped words first, for the curators");
        assertTrue(mapping.contains(List.of("人才需求清单", "化学工程/电化学", "工学/化学工程与技术", 1)), mapping.toString());
        assertFalse(mapping.stream().anyMatch(r -> r.get(1).equals("新材料") && r.get(0).equals("成果转化清单")), "drafts are not counted");
    }

    @Test
    void theFindingsCountWhatTheirRulesSay() {
        ReportFigures nation = FiguresBuilder.build(ReportScope.parse("NATION"), ReportPhase.MIDTERM, AS_OF, seeded(), null, 60);
        List<List<Object>> findings = nation.table(Findings.TITLE).rows();
        int parks = ReferenceData.get().parks().size();
        assertEquals(List.of(30, parks - 2, 1, 2, 1), findings.stream().map(r -> r.get(2)).toList());
        assertEquals("附录：未报送行动计划的省份", findings.get(0).get(5));
        assertEquals(30, nation.table("未报送行动计划的省份").rows().size());
        assertFalse(nation.table("未报送行动计划的省份").rows().contains(List.of("440000", "广东省")));
        assertEquals(parks - 2, nation.table("未参与行动的园区").rows().size());
        assertEquals(List.of(List.of("材料合作", "深圳市", "2025-01-01", 170L)), nation.table("进展滞后的合作").rows());
        assertEquals(List.of(List.of("榜单c1", "深圳市", "2025-01-31", 140L), List.of("榜单c3", "杭州市", "2025-02-01", 139L)),
                nation.table("逾期未获揭榜的技术攻关").rows());

        ReportFigures province = FiguresBuilder.build(ReportScope.parse("PROVINCE:44"), ReportPhase.MIDTERM, AS_OF, seeded(), null, 60);
        List<List<Object>> own = province.table(Findings.TITLE).rows();
        assertEquals(List.of(0, GUANGDONG.size() - 2, 1, 1, 1), own.stream().map(r -> r.get(2)).toList(), "Guangdong's own");
        assertEquals("—", own.get(0).get(5), "nothing to list");
        List<List<Object>> ranking = province.table(FiguresBuilder.PARK_RANKING).rows();
        assertEquals(GUANGDONG.size(), ranking.size());
        assertEquals(List.of(1, GUANGDONG.get(0).name(), "已参与", 7, 2, 150.0), ranking.get(0), "the park with the cooperations leads");
    }

    @Test
    void aParksReportHasNoRankingButItsChartsAndItsFindings() throws IOException {
        String park = GUANGDONG.get(0).id();
        ReportFigures figures = FiguresBuilder.build(ReportScope.parse("PARK:" + park), ReportPhase.MIDTERM, AS_OF, seeded(), null, 60);
        assertTrue(figures.tables().stream().noneMatch(t -> t.title().endsWith("排名")));
        assertEquals(List.of(0, 1, 1, 1), figures.table(Findings.TITLE).rows().stream().map(r -> r.get(2)).toList(),
                "no plan rule for a park; it takes part; its quiet cooperation, its unanswered challenge, its unmapped field");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(ReportWriter.docx(figures)))) {
            assertEquals(3, document.getCharts().size());
            assertTrue(document.getParagraphs().get(0).getText().startsWith(GUANGDONG.get(0).name()));
        }
    }

    @Test
    void aFinalReportComparesWithTheMidtermInItsFirstChapter() throws IOException {
        ReportFigures midterm = FiguresBuilder.build(ReportScope.parse("NATION"), ReportPhase.MIDTERM, AS_OF, seeded(), null, 60);
        ReportFigures last = FiguresBuilder.build(ReportScope.parse("NATION"), ReportPhase.FINAL, AS_OF.plusMonths(6), seeded(), midterm, 60);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(ReportWriter.docx(last)))) {
            String text = String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertTrue(text.indexOf("中期与总结对比") < text.indexOf("二、问题与建议"), text);
        }
        assertTrue(last.table("中期与总结对比").rows().contains(List.of("合作数", 2.0, 2.0, 0.0)));
        // a mid-term report written before a figure existed: no invented change
        ReportFigures older = new ReportFigures(midterm.scope(), midterm.scopeLabel(), midterm.phase(), midterm.asOf(),
                Map.of("合作数", 1.0), midterm.tables());
        List<List<Object>> against = FiguresBuilder.build(ReportScope.parse("NATION"), ReportPhase.FINAL, AS_OF.plusMonths(6), seeded(),
                older, 60).table("中期与总结对比").rows();
        assertTrue(against.contains(List.of("合作数", 1.0, 2.0, 1.0)));
        assertTrue(against.contains(List.of("逾期未获揭榜的技术攻关数", "—", 2.0, "—")), against.toString());
    }

    private static String percent(int part, int whole) {
        return String.valueOf(Math.round(1000.0 * part / whole) / 10.0);
    }

    private static List<String> cells(XWPFTable table, int row) {
        XWPFTableRow r = table.getRow(row);
        return r.getTableCells().stream().map(c -> c.getText()).toList();
    }

    private static ListItem item(String id, ListType type, ItemStatus status, ListItemFields fields, String publishedAt) {
        return new ListItem(id, type, status, null, "org", null, 1, NOW, NOW, publishedAt == null ? null : Instant.parse(publishedAt), fields);
    }

    private static AchievementFields achievement(String field, String park) {
        return new AchievementFields("x", "成果", "简介", field, List.of(), 6, List.of(), Set.of(), 100_000L, "某大学", "440300", park, CONTACT);
    }

    private static ChallengeFields challenge(String field, String deadline, String region, String park) {
        return new ChallengeFields("x", "榜单" + (region.startsWith("33") ? "c3" : deadline.startsWith("2025-01") ? "c1" : "c2"), "问题", "指标",
                LocalDate.parse(deadline), "共有", 1_000_000L, "条件", "某公司", "x", "C38", field, List.of(), 6, region, park, CONTACT);
    }

    private static Cooperation cooperation(String id, String name, String startedOn, String lastProgressOn, String park,
            String challengeId, String achievementId) {
        return new Cooperation(id, new CooperationFields(name, CooperationKind.TRANSFER, "440300", park, List.of("org", "uni"), challengeId,
                achievementId,
                null, null, LocalDate.parse(startedOn), null), "org", null, 1, NOW, lastProgressOn, Cooperation.Status.CONFIRMED,
                List.of("org", "uni"));
    }
}
