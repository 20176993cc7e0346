package org.hundredparks.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hundredparks.actionplan.Action;
import org.hundredparks.actionplan.ActionPlanFields;
import org.hundredparks.actionplan.ActionPlanService;
import org.hundredparks.cooperation.Cooperation;
import org.hundredparks.cooperation.CooperationFields;
import org.hundredparks.cooperation.CooperationKind;
import org.hundredparks.cooperation.CooperationService;
import org.hundredparks.cooperation.Outcome;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.jobs.Job;
import org.hundredparks.jobs.JobQueue;
import org.hundredparks.local.aws.LocalAwsStack;
import org.hundredparks.local.aws.SqsStandIn;
import org.hundredparks.matching.Match;
import org.hundredparks.matching.MatchDocuments;
import org.hundredparks.matching.MatchStore;
import org.hundredparks.matching.TextAnalysis;
import org.hundredparks.platform.Refusal;
import org.hundredparks.reference.Park;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.storage.BucketBootstrap;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TestAws;
import org.hundredparks.submission.AchievementFields;
import org.hundredparks.submission.BidFields;
import org.hundredparks.submission.BidService;
import org.hundredparks.submission.ChallengeFields;
import org.hundredparks.submission.Contact;
import org.hundredparks.submission.CooperationMode;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListItemRepository;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.SubmissionService;
import org.hundredparks.validation.Uscc;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A seeded province: its mid-term and final reports carry exactly the seeded figures, the workbook and
 * the document open with POI with the expected sheets and tables, and asking again returns the same report.
 */
class ReportServiceTest {

    private static final DynamoDbClient DYNAMO = TestAws.dynamo();
    private static final String QUEUE = "report-test-jobs";

    private final TestAws.MovableClock clock = new TestAws.MovableClock(Instant.parse("2024-12-20T02:00:00Z"));
    private final RecordStore records = new RecordStore(DYNAMO, TestAws.newTable(DYNAMO, "reports"), clock);
    private final String bucket = bucket();
    private final ObjectStore objects = new ObjectStore(TestAws.s3(), TestAws.presigner());
    private final SubmissionService submissions = new SubmissionService(new ListItemRepository(records), clock);
    private final CooperationService cooperations = new CooperationService(records, clock);
    private final TypicalCaseService cases = new TypicalCaseService(records, cooperations, clock);
    private final ReportService reports = new ReportService(records, objects, bucket, TestAws.jobQueue(QUEUE), cooperations, cases,
            "2024-2025", 60, clock);

    private final Caller zhejiang = new Caller("a", Role.PROVINCE_AUTHORITY, "zj-sci", "330000", Domain.SCIENCE, null);
    private final Caller ministry = new Caller("m", Role.MINISTRY, "most", null, Domain.SCIENCE, null);
    private final Caller miit = new Caller("i", Role.MINISTRY, "miit", null, Domain.INDUSTRY, null);
    private final Caller university = new Caller("u", Role.UNIVERSITY, "zju", "330100", null, null);
    private final Caller enterprise = new Caller("e", Role.ENTERPRISE, "ent-zj", "330100", null, null);

    private static String bucket() {
        String name = "reports-" + System.nanoTime();
        BucketBootstrap.ensure(TestAws.s3(), List.of(name));
        return name;
    }

    private ListItem achievement(String title, String field, boolean publish) {
        ListItem item = submissions.create(university, ListType.ACHIEVEMENT, new AchievementFields(null, title, "简介", field, List.of(), 6,
                List.of(), Set.of(CooperationMode.LICENSE), 100_000L, "浙江大学", "330106", null, new Contact("张", "13812345678", null))).item();
        if (publish) {
            submissions.submit(university, ListType.ACHIEVEMENT, item.id(), null);
            item = submissions.publish(ministry, ListType.ACHIEVEMENT, item.id(), null);
        }
        return item;
    }

    private ListItem challenge(String title) {
        String uscc = "91330100MA2B00001" + Uscc.checkCharacter("91330100MA2B00001");
        ListItem item = submissions.create(enterprise, ListType.CHALLENGE, new ChallengeFields(null, title, "问题", "指标",
                LocalDate.parse("2025-06-30"), "双方共有", 1_000_000L, "条件", "杭州某公司", uscc, "C38", "新能源", List.of(), 6,
                "330106", null, new Contact("李", "13900001111", null))).item();
        submissions.submit(enterprise, ListType.CHALLENGE, item.id(), null);
        return submissions.publish(miit, ListType.CHALLENGE, item.id(), null);
    }

    /** What the jobs function does with the queued job. */
    private ReportService.Report generateQueued(String id) {
        SqsStandIn.Message message = LocalAwsStack.shared().sqs().take(QUEUE, Duration.ZERO);
        assertNotNull(message, "the request queued a job");
        assertEquals(new Job(Job.Kind.REPORT, id), JobQueue.read(message.body()));
        return reports.generate(id);
    }

    @Test
    void aProvincesReportsCarryItsSeededFiguresInAllThreeFormats() throws Exception {
        List<Park> parks = ReferenceData.get().parksWithin("330000");
        new ActionPlanService(records, clock, LocalDate.parse("2024-07-31")).submit(zhejiang, new ActionPlanFields("330000", "2024-2025",
                "科技厅", parks.stream().map(Park::id).toList(), List.of(
                        new Action("'百园百校万企'创新合作行动——成果路演", null, List.of(parks.get(0).id(), parks.get(1).id())),
                        new Action("'百园百校万企'创新合作行动——科技副总进园区", null, List.of(parks.get(1).id())))), null);
        ListItem a1 = achievement("固态电池电解质", "新能源", true);
        achievement("高导热膜", "新材料", true);
        achievement("稀土永磁", "新材料", true);
        achievement("未提交的成果", "新材料", false);
        ListItem c1 = challenge("储能热管理");
        challenge("氢能储运");
        new MatchStore(records).replace(org.hundredparks.matching.MatchKind.ACHIEVEMENT, a1.id(), List.of(
                new Match(a1.id(), c1.id(), org.hundredparks.matching.MatchKind.CHALLENGE, "储能热管理", 0.9, 1, List.of("储能"), List.of())));

        BidService bids = new BidService(records, submissions, cooperations, clock);
        var bid = bids.bid(university, c1.id(), new BidFields("浙大团队", "方案", 800_000L, LocalDate.parse("2025-06-01"),
                new Contact("王", "13700001111", null)));
        Cooperation cooperation = bids.accept(enterprise, c1.id(), bid.id(), "'百园百校万企'创新合作行动——储能热管理攻关").cooperation();
        bids.bid(new Caller("u2", Role.UNIVERSITY, "hdu", "330100", null, null), challenge("第三个榜单").id(),
                new BidFields("杭电团队", "方案", 500_000L, LocalDate.parse("2025-06-01"), new Contact("赵", "13700002222", null)));
        Outcome first = cooperations.addOutcome(enterprise, cooperation.id(), new Outcome.Entry(LocalDate.parse("2024-11-30"), 1,
                1_000_000L, 1, 0, 0, null, null));
        cooperations.addOutcome(enterprise, cooperation.id(), new Outcome.Entry(LocalDate.parse("2024-11-30"), 2, 2_500_000L, 1, 1, 3,
                "更正合同数", first.id()));
        cases.nominate(zhejiang, cooperation.id(), "储能热管理揭榜挂帅，三个月完成样机");
        // registered in two organisations' names that never confirmed it: it counts nowhere ("合作数" stays 1)
        cooperations.open(zhejiang, new CooperationFields("'百园百校万企'创新合作行动——未经确认", CooperationKind.JOINT_PROJECT, "330100",
                null, List.of("nobody-1", "nobody-2"), null, null, null, null, LocalDate.parse("2024-10-01"), null));

        ReportService.Report queued = reports.request(zhejiang, ReportPhase.MIDTERM, "PROVINCE:33");
        assertEquals(ReportService.Status.QUEUED, queued.status());
        assertEquals(queued, reports.request(zhejiang, ReportPhase.MIDTERM, "PROVINCE:33"), "asked again the same day: the same report");
        ReportService.Report midterm = generateQueued(queued.id());
        assertEquals(ReportService.Status.READY, midterm.status());

        ReportService.View view = reports.get(zhejiang, midterm.id());
        assertEquals(Set.of("xlsx", "docx", "json"), view.downloads().keySet());
        HttpClient http = HttpClient.newHttpClient();
        byte[] xlsx = http.send(HttpRequest.newBuilder(view.downloads().get("xlsx")).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("清单条目（按状态）");
            assertNotNull(sheet);
            assertEquals("成果转化清单", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(1.0, sheet.getRow(1).getCell(1).getNumericCellValue(), "one draft achievement");
            assertEquals(3.0, sheet.getRow(1).getCell(3).getNumericCellValue(), "three published");
            assertEquals(250.0, workbook.getSheet("合作成效").getRow(1).getCell(1).getNumericCellValue(), "2,500,000 yuan = 250万元, the corrected outcome");
            assertNotNull(workbook.getSheet("园区参与情况"));
            assertNotNull(workbook.getSheet("典型案例"));
        }
        byte[] docx = http.send(HttpRequest.newBuilder(view.downloads().get("docx")).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = document.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(text.contains("浙江省“百园百校万企”创新合作行动中期评估报告"), text);
            assertTrue(text.contains("一、总体情况") && text.contains("二、问题与建议") && text.contains("五、合作成效"), text);
            assertTrue(document.getCharts().size() >= 3, "charts: " + document.getCharts().size());
            assertTrue(document.getTables().size() >= 8, "tables: " + document.getTables().size());
        }

        ReportFigures figures = org.hundredparks.storage.Documents.JSON.readValue(
                http.send(HttpRequest.newBuilder(view.downloads().get("json")).build(), HttpResponse.BodyHandlers.ofByteArray()).body(),
                ReportFigures.class);
        assertEquals(3.0, figures.totals().get("成果转化清单已发布"));
        assertEquals(1.0, figures.totals().get("成果转化清单已匹配"));
        assertEquals(3.0, figures.totals().get("技术攻关清单已发布"));
        assertEquals(2.0, figures.totals().get("揭榜数"));
        assertEquals(1.0, figures.totals().get("揭榜采纳数"));
        assertEquals(1.0, figures.totals().get("合作数"));
        assertEquals(2.0, figures.totals().get("签约合同数"));
        assertEquals(3.0, figures.totals().get("培养人数"));
        assertEquals(2.0, figures.totals().get("参与行动的园区数"));
        assertEquals(parks.size() - 2.0, figures.totals().get("未参与行动的园区数"));
        assertEquals(1.0, figures.totals().get("典型案例数"));
        assertEquals(List.of(List.of("浙江省", "2024-2025", "科技厅", figures.table("行动计划").rows().get(0).get(3), "是", 2)),
                figures.table("行动计划").rows(), "submitted after 31 July: late");
        // read back from the summary rows, not from the items: the day each was published, and the bids' month
        List<Object> december = figures.table("按月进展").rows().get(0);
        assertEquals(List.of("2024-12", 6, 2), List.of(december.get(0), december.get(1), december.get(3)), figures.table("按月进展").rows().toString());

        // the final report half a year later, compared with the mid-term, two days after the challenges' deadline
        clock.set(Instant.parse("2025-07-02T02:00:00Z"));
        cooperations.addOutcome(enterprise, cooperation.id(), new Outcome.Entry(LocalDate.parse("2025-06-01"), 5, 8_000_000L, 3, 2, 6,
                null, null));
        ReportService.Report fin = generateQueued(reports.request(zhejiang, ReportPhase.FINAL, "PROVINCE:33").id());
        ReportFigures finalFigures = org.hundredparks.storage.Documents.JSON.readValue(objects.get(bucket, fin.files().get("json"))
                .orElseThrow(), ReportFigures.class);
        List<List<Object>> comparison = finalFigures.table("中期与总结对比").rows();
        List<Object> contracts = comparison.stream().filter(r -> r.get(0).equals("签约合同数")).findFirst().orElseThrow();
        assertEquals(List.of("签约合同数", 2.0, 5.0, 3.0), new ArrayList<>(contracts));
        // the one challenge nobody bid for, found through the summary rows (its deadline and title are kept there)
        assertEquals(List.of(List.of("氢能储运", "西湖区", "2025-06-30", 2)), finalFigures.table("逾期未获揭榜的技术攻关").rows());
    }

    @Test
    void onlyTheAuthoritiesOverAScopeMayAskForItsReport() {
        assertThrows(Refusal.class, () -> reports.request(zhejiang, ReportPhase.MIDTERM, "PROVINCE:44"));
        assertThrows(Refusal.class, () -> reports.request(zhejiang, ReportPhase.MIDTERM, "NATION"));
        assertThrows(Refusal.class, () -> reports.request(university, ReportPhase.MIDTERM, "PROVINCE:33"));
        assertThrows(org.hundredparks.validation.InvalidInputException.class, () -> reports.request(ministry, ReportPhase.MIDTERM, "MARS"));
        ReportService.Report national = reports.request(ministry, ReportPhase.MIDTERM, "NATION");
        assertEquals("NATION", national.scope());
        assertThrows(Refusal.class, () -> reports.get(zhejiang, national.id()));
        LocalAwsStack.shared().sqs().drain(QUEUE);
    }
}
