package org.hundredparks.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Role;
import org.hundredparks.jobs.Job;
import org.hundredparks.jobs.JobQueue;
import org.hundredparks.local.aws.LocalAwsStack;
import org.hundredparks.local.aws.SqsStandIn;
import org.hundredparks.platform.Refusal;
import org.hundredparks.storage.BucketBootstrap;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;
import org.hundredparks.storage.TestAws;
import org.hundredparks.submission.ListItemRepository;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.SubmissionService;
import org.hundredparks.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Imports through the real SDK: the file uploaded by presigned PUT, rows written to the emulators. */
class ImportServiceTest {

    private static final DynamoDbClient DYNAMO = TestAws.dynamo();
    private static final S3Client S3 = TestAws.s3();
    private static final String TABLE = TestAws.newTable(DYNAMO, "imports");
    private static final String BUCKET = "uploads-" + System.nanoTime();
    private static final String QUEUE = "import-test-jobs";
    private static final String HEADER = String.join(",", Template.of(ListType.ACHIEVEMENT).headers());

    static {
        BucketBootstrap.ensure(S3, List.of(BUCKET));
    }

    private final TestAws.MovableClock clock = new TestAws.MovableClock(Instant.parse("2024-09-01T00:00:00Z"));
    private final RecordStore records = new RecordStore(DYNAMO, TABLE, clock);
    private final ImportService imports = new ImportService(records, new ObjectStore(S3, TestAws.presigner()), BUCKET,
            new SubmissionService(new ListItemRepository(records), clock), clock, 8, TestAws.jobQueue(QUEUE));

    /**
     * What the API and the jobs function do between them: start queues the job through SQS; the
     * message that arrives names the job the worker then runs. Without a message (a job already queued
     * or done) the job is as start returned it.
     */
    private ImportJob run(Caller caller, ListType type, String uploadId) {
        ImportJob started = imports.start(caller, type, uploadId);
        SqsStandIn.Message message = LocalAwsStack.shared().sqs().take(QUEUE, Duration.ZERO);
        if (message == null) {
            return started;
        }
        assertEquals(ImportJob.Status.QUEUED, started.status());
        Job job = JobQueue.read(message.body());
        assertEquals(new Job(Job.Kind.IMPORT, started.id()), job);
        assertEquals(ImportJob.Status.QUEUED, imports.get(caller, started.id()).status());
        return imports.process(job.id());
    }

    private static Caller university(String org) {
        return new Caller("u-" + org, Role.UNIVERSITY, org, "440300", null, null);
    }

    private static String row(int i) {
        return "GD-" + i + ",锂电池回收技术" + i + ",湿法冶金回收锂钴镍,新能源,锂电；回收," + (1 + i % 9)
                + ",许可、合作开发,300000,深圳大学,440305,,张老师,13812345678,";
    }

    private String upload(Caller caller, String fileName, byte[] content) throws Exception {
        ImportService.Upload upload = imports.requestUpload(caller, ListType.ACHIEVEMENT, fileName);
        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(upload.uploadUrl())
                .header("Content-Type", upload.contentType()).PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, put.statusCode(), put.body());
        return upload.uploadId();
    }

    @Test
    void tenThousandRowsImportOnceWithRowErrorsAndAReRunWritesNothing() throws Exception {
        Caller caller = university("uni-bulk");
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        int bad = 0;
        for (int i = 1; i <= 10_000; i++) {
            String line = row(i);
            if (i % 500 == 0) {
                line = line.replace(",440305,", ",449999,"); // a region that does not exist
                bad++;
            } else if (i % 777 == 0) {
                line = line.replace(",300000,", ",三十万,"); // money in words
                bad++;
            }
            csv.append(line).append('\n');
        }
        String uploadId = upload(caller, "成果清单.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        long start = System.nanoTime();
        ImportJob job = run(caller, ListType.ACHIEVEMENT, uploadId);
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(ImportJob.Status.COMPLETED, job.status());
        assertEquals(10_000, job.totalRows());
        assertEquals(10_000, job.processedRows());
        assertEquals(10_000 - bad, job.created());
        assertEquals(bad, job.rejected());
        RowError first = job.errors().get(0);
        assertEquals(501, first.row(), "row numbers count the header as row 1");
        assertEquals("行政区划代码", first.column());
        assertEquals("UNKNOWN_REGION_CODE", first.code());
        assertTrue(job.errors().stream().anyMatch(e -> e.row() == 778 && e.column().equals("转化价格（元）")
                && e.code().equals("INVALID_NUMBER")), job.errors().toString());

        int stored = countOwnedItems("uni-bulk");
        assertEquals(10_000 - bad, stored);

        // the same upload again: the finished job as it was; a new upload of the same rows: nothing written again
        assertEquals(job, run(caller, ListType.ACHIEVEMENT, uploadId));
        String again = upload(caller, "成果清单-重传.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        start = System.nanoTime();
        ImportJob rerun = run(caller, ListType.ACHIEVEMENT, again);
        long rerunMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, rerun.created());
        assertEquals(10_000 - bad, rerun.unchanged());
        assertEquals(stored, countOwnedItems("uni-bulk"));
        System.out.printf("IMPORT-MEASURE 10000 rows: first run %d ms, re-run %d ms%n", firstMillis, rerunMillis);
    }

    private int countOwnedItems(String org) {
        return countOwnedItems(records, org);
    }

    /** The achievements an organisation owns, counted through the owner index (every import test's "stored once"). */
    static int countOwnedItems(RecordStore records, String org) {
        int count = 0;
        String cursor = null;
        do {
            var page = records.query(TableDesign.BY_OWNER, "ORG#" + org, "ACHIEVEMENT#", false, 1000, cursor);
            count += page.items().size();
            cursor = page.nextCursor();
        } while (cursor != null);
        return count;
    }

    /** An upload past the size limit is refused from its head: the worker never downloads it. */
    @Test
    void aFileTooLargeIsRefusedWithoutBeingDownloaded() throws Exception {
        ObjectStore noDownloads = new ObjectStore(S3, TestAws.presigner()) {
            @Override
            public Optional<byte[]> get(String bucket, String key) {
                throw new AssertionError("downloaded " + key);
            }
        };
        ImportService guarded = new ImportService(records, noDownloads, BUCKET, new SubmissionService(new ListItemRepository(records), clock),
                clock, 8, TestAws.jobQueue(QUEUE));
        Caller caller = university("uni-too-large");
        String uploadId = upload(caller, "成果.csv", new byte[Sheet.MAX_BYTES + 1]);
        ImportJob started = guarded.start(caller, ListType.ACHIEVEMENT, uploadId);
        LocalAwsStack.shared().sqs().take(QUEUE, Duration.ZERO);
        ImportJob refused = guarded.process(started.id());
        assertEquals(ImportJob.Status.FAILED, refused.status());
        assertEquals("FILE_TOO_LARGE", refused.errors().get(0).code());
        assertEquals(0, refused.created());
    }

    @Test
    void readsTheXlsxTemplateFilledInExcelStyle() throws Exception {
        Caller caller = university("uni-xlsx");
        byte[] template = TemplateFiles.xlsx(ListType.ACHIEVEMENT); // the file the API serves
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.getSheetAt(0);
            String[] cells = row(1).split(",", -1);
            var row = sheet.createRow(1);
            for (int c = 0; c < cells.length; c++) {
                if (c == 5 || c == 7) {
                    row.createCell(c).setCellValue(Double.parseDouble(cells[c])); // numbers as Excel stores them
                } else {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            filled = out.toByteArray();
        }
        ImportJob job = run(caller, ListType.ACHIEVEMENT, upload(caller, "成果.xlsx", filled));
        assertEquals(1, job.created(), job.errors().toString());
    }

    @Test
    void readsCsvSavedByExcelInGb18030AndReportsDuplicatesAndMissingColumns() throws Exception {
        Caller caller = university("uni-gbk");
        String csv = HEADER + "\n" + row(1) + "\n" + row(1).replace("技术1", "技术一") + "\n";
        ImportJob job = run(caller, ListType.ACHIEVEMENT,
                upload(caller, "gbk.csv", csv.getBytes(Charset.forName("GB18030"))));
        assertEquals(1, job.created(), job.errors().toString());
        assertEquals(List.of("DUPLICATE_ROW"), job.errors().stream().map(RowError::code).toList());

        String missing = upload(caller, "old.csv", "成果名称,技术领域\n锂电,新能源\n".getBytes(StandardCharsets.UTF_8));
        ImportJob refused = run(caller, ListType.ACHIEVEMENT, missing);
        assertEquals(ImportJob.Status.FAILED, refused.status(), "a file without the template's columns is not retried");
        assertEquals("MISSING_COLUMNS", refused.errors().get(0).code());
        assertEquals(0, refused.errors().get(0).row(), "the file as a whole");
    }

    @Test
    void onlyTheListsSubmittersImportAndOnlyTheirOwnUploads() {
        Caller enterprise = new Caller("e", Role.ENTERPRISE, "ent-1", "440300", null, null);
        assertThrows(org.hundredparks.platform.Refusal.class,
                () -> imports.requestUpload(enterprise, ListType.ACHIEVEMENT, "a.csv"));
        assertThrows(InvalidInputException.class, () -> imports.requestUpload(university("u"), ListType.ACHIEVEMENT, "a.xls"));
        assertEquals(Set.of("UPLOAD_MISSING"), Set.of(assertThrows(InvalidInputException.class,
                () -> run(university("u"), ListType.ACHIEVEMENT, "upl_" + "0".repeat(32) + ".csv")).violations().get(0).code()));
    }
}
