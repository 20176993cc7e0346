package org.hundredparks.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hundredparks.cooperation.CooperationService;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.local.aws.LocalAwsStack;
import org.hundredparks.storage.BucketBootstrap;
import org.hundredparks.storage.Documents;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.RestartableAws;
import org.hundredparks.storage.TestAws;
import org.hundredparks.submission.AchievementFields;
import org.hundredparks.submission.Contact;
import org.hundredparks.submission.CooperationMode;
import org.hundredparks.submission.ListItemRepository;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.SubmissionService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * S3 goes away while a report's files are uploaded (as the document's upload starts) and comes back: no
 * report is published half-written, and the retry (as SQS redelivers the job) publishes it whole, with the figures
 * the data has.
 */
class ReportOutageTest {

    private static final RestartableAws AWS = RestartableAws.start();
    private static final DynamoDbClient DYNAMO = AWS.dynamo();
    private static final String QUEUE = "report-outage-jobs";
    private static final String BUCKET = "reports-outage";

    static {
        BucketBootstrap.ensure(AWS.s3(), List.of(BUCKET));
    }

    private final TestAws.MovableClock clock = new TestAws.MovableClock(Instant.parse("2024-12-20T02:00:00Z"));
    private final RecordStore records = new RecordStore(DYNAMO, TestAws.newTable(DYNAMO, "report-outage"), clock);
    private final AtomicInteger written = new AtomicInteger();
    /** The outage: as the document of a report is uploaded, S3 stops (once). Unencrypted: s3proxy on disk refuses SSE. */
    private final ObjectStore objects = new ObjectStore(AWS.s3(), AWS.presigner(), false) {
        @Override
        public void put(String bucket, String key, byte[] body, String contentType) {
            if (key.endsWith(".docx") && written.incrementAndGet() == 1) {
                AWS.stopS3(); // the report's three files are uploaded side by side: the document's upload is the one that meets it
            }
            super.put(bucket, key, body, contentType);
        }
    };
    private final SubmissionService submissions = new SubmissionService(new ListItemRepository(records), clock);
    private final CooperationService cooperations = new CooperationService(records, clock);
    private final ReportService reports = new ReportService(records, objects, BUCKET, TestAws.jobQueue(QUEUE), cooperations,
            new TypicalCaseService(records, cooperations, clock), "2024-2025", 60, clock);
    private final Caller ministry = new Caller("m", Role.MINISTRY, "most", null, Domain.SCIENCE, null);
    private final Caller university = new Caller("u", Role.UNIVERSITY, "zju", "330100", null, null);

    @AfterAll
    static void stop() {
        AWS.close();
    }

    @Test
    void s3DownWhileAReportIsWrittenPublishesNothingHalfWrittenAndTheRetryPublishesItWhole() throws Exception {
        for (String title : List.of("固态电池电解质", "高导热膜", "稀土永磁")) {
            var item = submissions.create(university, ListType.ACHIEVEMENT, new AchievementFields(null, title, "简介", "新材料", List.of(), 6,
                    List.of(), Set.of(CooperationMode.LICENSE), 100_000L, "浙江大学", "330106", null, new Contact("张", "13812345678", null))).item();
            submissions.submit(university, ListType.ACHIEVEMENT, item.id(), null);
            submissions.publish(ministry, ListType.ACHIEVEMENT, item.id(), null);
        }
        ReportService.Report requested = reports.request(ministry, ReportPhase.MIDTERM, "PROVINCE:33");
        LocalAwsStack.shared().sqs().take(QUEUE, Duration.ZERO); // the job's message: this test is the worker

        assertThrows(RuntimeException.class, () -> reports.generate(requested.id()));
        ReportService.View failed = reports.get(ministry, requested.id());
        assertEquals(ReportService.Status.FAILED, failed.report().status());
        assertEquals(Map.of(), failed.report().files(), "nothing published");
        assertEquals(Map.of(), failed.downloads(), "no link to a half-written report");
        assertTrue(!ReportService.generated(records, ReportScope.parse("PROVINCE:33"), ReportPhase.MIDTERM),
                "not the scope's newest report either");

        AWS.startS3();
        ReportService.Report ready = reports.generate(requested.id());
        assertEquals(ReportService.Status.READY, ready.status());
        assertEquals(Set.of("xlsx", "docx", "json"), ready.files().keySet());
        for (String key : ready.files().values()) {
            assertTrue(objects.size(BUCKET, key).orElse(0L) > 0, key + " is written");
        }
        ReportFigures published = Documents.JSON.readValue(objects.get(BUCKET, ready.files().get("json")).orElseThrow(), ReportFigures.class);
        assertEquals(reports.statistics(ministry, "PROVINCE:33").totals(), published.totals(), "the figures the data has");
        assertEquals(3.0, published.totals().get("成果转化清单已发布"));
        assertEquals(3, reports.get(ministry, requested.id()).downloads().size());
    }
}
