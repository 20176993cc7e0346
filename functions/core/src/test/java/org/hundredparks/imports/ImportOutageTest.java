package org.hundredparks.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Role;
import org.hundredparks.local.aws.LocalAwsStack;
import org.hundredparks.storage.BucketBootstrap;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.RestartableAws;
import org.hundredparks.storage.TestAws;
import org.hundredparks.submission.ListItemRepository;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.SubmissionService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB goes away in the middle of an import and comes back: the failed run is retried (as SQS redelivers the job)
 * and every row of the file is then stored exactly once.
 */
class ImportOutageTest {

    private static final RestartableAws AWS = RestartableAws.start();
    private static final DynamoDbClient DYNAMO = AWS.dynamo();
    private static final String QUEUE = "import-outage-jobs";
    private static final String BUCKET = "uploads-outage";
    private static final int ROWS = 2000;

    static {
        BucketBootstrap.ensure(AWS.s3(), List.of(BUCKET));
    }

    private final TestAws.MovableClock clock = new TestAws.MovableClock(Instant.parse("2024-09-01T00:00:00Z"));
    private final RecordStore records = new RecordStore(DYNAMO, TestAws.newTable(DYNAMO, "outage"), clock);
    private final ImportService imports = new ImportService(records, new ObjectStore(AWS.s3(), AWS.presigner()), BUCKET,
            new SubmissionService(new ListItemRepository(records), clock), clock, 8, TestAws.jobQueue(QUEUE));

    @AfterAll
    static void stop() {
        AWS.close();
    }

    @Test
    void dynamoDbDownInTheMiddleOfAnImportThenTheRetryStoresEveryRowExactlyOnce() throws Exception {
        Caller caller = new Caller("u-outage", Role.UNIVERSITY, "uni-outage", "440300", null, null);
        StringBuilder csv = new StringBuilder(String.join(",", Template.of(ListType.ACHIEVEMENT).headers())).append('\n');
        for (int i = 1; i <= ROWS; i++) {
            csv.append("OUT-").append(i).append(",锂电池回收技术").append(i).append(",湿法冶金回收锂钴镍,新能源,锂电；回收,6,许可,300000,深圳大学,440305,,张老师,13812345678,\n");
        }
        ImportService.Upload upload = imports.requestUpload(caller, ListType.ACHIEVEMENT, "成果清单.csv");
        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(upload.uploadUrl())
                .header("Content-Type", upload.contentType()).PUT(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, put.statusCode(), put.body());
        ImportJob queued = imports.start(caller, ListType.ACHIEVEMENT, upload.uploadId());
        LocalAwsStack.shared().sqs().take(QUEUE, Duration.ZERO); // the job's message: this test is the worker

        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Future<ImportJob> first = worker.submit(() -> imports.process(queued.id()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (ImportServiceTest.countOwnedItems(records, "uni-outage") < 300 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            AWS.stopDynamo();
            ExecutionException failed = assertThrows(ExecutionException.class, () -> first.get(60, TimeUnit.SECONDS));
            assertTrue(failed.getCause() instanceof RuntimeException, failed.toString());
        } finally {
            worker.shutdownNow();
        }
        AWS.startDynamo();
        int stored = ImportServiceTest.countOwnedItems(records, "uni-outage");
        assertTrue(stored >= 300 && stored < ROWS, "the outage came in the middle: " + stored + " of " + ROWS + " rows stored");

        ImportJob retried = imports.process(queued.id());
        assertEquals(ImportJob.Status.COMPLETED, retried.status());
        assertEquals(ROWS, retried.processedRows());
        assertEquals(ROWS, retried.created() + retried.unchanged(), retried.toString());
        assertEquals(0, retried.rejected());
        assertEquals(ROWS, ImportServiceTest.countOwnedItems(records, "uni-outage"), "every row once: none lost, none written twice");
    }
}
