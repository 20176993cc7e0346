package org.hundredparks.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Role;
import org.hundredparks.local.aws.LocalAwsStack;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;
import org.hundredparks.storage.TestAws;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/**
 * What one submission costs in DynamoDB requests, counted on the wire by an SDK interceptor, with the
 * capacity the server reports (ReturnConsumedCapacity). Printed as WRITE-COST for the measurement notes.
 */
class WriteCostTest {

    /** Requests per operation name, and the write capacity units the server reported. */
    static final class Meter implements ExecutionInterceptor {
        final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
        double writeUnits;

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            // every request sent, whether or not its condition then holds
            requests.computeIfAbsent(context.request().getClass().getSimpleName().replace("Request", ""), k -> new AtomicInteger())
                    .incrementAndGet();
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            if (context.response() instanceof PutItemResponse put && put.consumedCapacity() != null) {
                writeUnits += put.consumedCapacity().capacityUnits();
            }
        }

        int count(String operation) {
            AtomicInteger n = requests.get(operation);
            return n == null ? 0 : n.get();
        }
    }

    @Test
    void aNewSubmissionIsOneConditionalPutAndItsSummaryAndAResubmissionOneRead() {
        Meter meter = new Meter();
        DynamoDbClient metered = DynamoDbClient.builder().endpointOverride(URI.create(LocalAwsStack.shared().dynamoEndpoint()))
                .region(Region.of(LocalAwsStack.REGION)).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local-secret")))
                .overrideConfiguration(c -> c.addExecutionInterceptor(meter)).build();
        String table = TestAws.newTable(TestAws.dynamo(), "cost");
        TestAws.MovableClock clock = new TestAws.MovableClock(Instant.parse("2024-09-01T00:00:00Z"));
        SubmissionService submissions = new SubmissionService(new ListItemRepository(new RecordStore(metered, table, clock)), clock);
        Caller university = new Caller("u", Role.UNIVERSITY, "uni-cost", "440300", null, null);
        AchievementFields fields = new AchievementFields("EXT-1", "锂电池回收湿法冶金工艺", "从退役动力电池中回收锂、钴、镍，回收率95%以上",
                "新能源", List.of("锂电", "回收"), 6, List.of(new Patent("ZL202110000001.X", Patent.Kind.INVENTION)),
                java.util.Set.of(CooperationMode.LICENSE), 3_000_000L, "深圳大学", "440305", "HTZ-440300-01",
                new Contact("张老师", "13812345678", "zhang@szu.edu.cn"));

        submissions.create(university, ListType.ACHIEVEMENT, fields);
        assertEquals(1, meter.count("PutItem"), meter.requests.toString());
        assertEquals(1, meter.count("UpdateItem"), "and its report summary: " + meter.requests);
        assertEquals(2, meter.requests.values().stream().mapToInt(AtomicInteger::get).sum(), "a new item is two requests");
        double firstWrite = meter.writeUnits;

        submissions.create(university, ListType.ACHIEVEMENT, fields);
        assertEquals(2, meter.count("PutItem"), "the resubmission tries its conditional create");
        assertEquals(1, meter.count("GetItem"), "and reads the stored item to compare");
        assertEquals(1, meter.count("UpdateItem"), "and writes no summary");
        assertTrue(TableDesign.PLATFORM.globalIndexes().size() >= 4);
        System.out.printf("WRITE-COST new submission: 1 PutItem, %.1f WCU reported (table; add the same per GSI the item "
                + "is in: byRegion, byPark, byStatus, byOwner) + 1 UpdateItem of its summary row (about 8 WCU at 100,000 items); "
                + "identical resubmission: 1 failed conditional PutItem + 1 GetItem%n",
                firstWrite);
    }
}
