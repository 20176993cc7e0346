package org.hundredparks.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hundredparks.changefeed.ChangeFeedProcessor;
import org.hundredparks.changefeed.StreamEvent;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.local.aws.LocalAwsStack;
import org.hundredparks.local.aws.StreamRelay;
import org.hundredparks.platform.BatchResponse;
import org.hundredparks.storage.BucketBootstrap;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.RestartableAws;
import org.hundredparks.storage.TestAws;
import org.hundredparks.submission.AchievementFields;
import org.hundredparks.submission.ChallengeFields;
import org.hundredparks.submission.Contact;
import org.hundredparks.submission.CooperationMode;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListItemRepository;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.SubmissionService;
import org.hundredparks.validation.Uscc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB goes away while a stream batch's lists are being written (one written, the others not) and comes back:
 * every record of the batch is reported as a failure (none dropped), and the retry (as Lambda's event source does
 * with ReportBatchItemFailures), in another container, leaves each list as an uninterrupted run would, each pair once.
 */
class MatchingOutageTest {

    private static final RestartableAws AWS = RestartableAws.start();
    private static final StreamRelay.Recorder STREAM = new StreamRelay.Recorder();
    private static final StreamRelay RELAY = StreamRelay.start(0, AWS.dynamoEndpoint(), LocalAwsStack.REGION, STREAM);
    private static final DynamoDbClient DYNAMO = AWS.dynamoThrough(RELAY.endpoint());
    private static final String BUCKET = "derived-outage";

    static {
        BucketBootstrap.ensure(AWS.s3(), List.of(BUCKET));
    }

    private final TestAws.MovableClock clock = new TestAws.MovableClock(Instant.parse("2024-10-01T00:00:00Z"));
    private final RecordStore records = new RecordStore(DYNAMO, TestAws.newTable(DYNAMO, "matching-outage"), clock);
    private final SubmissionService submissions = new SubmissionService(new ListItemRepository(records), clock);
    private final ChangeRouter router = new ChangeRouter();
    private final Caller university = new Caller("u", Role.UNIVERSITY, "uni-o", "440300", null, null);
    private final Caller enterprise = new Caller("e", Role.ENTERPRISE, "ent-o", "440300", null, null);
    private final Caller science = new Caller("s", Role.MINISTRY, "most", null, Domain.SCIENCE, null);
    private final Caller industry = new Caller("i", Role.MINISTRY, "miit", null, Domain.INDUSTRY, null);

    @AfterAll
    static void stop() {
        RELAY.close();
        AWS.close();
    }

    @Test
    void dynamoDbDownInTheMiddleOfAStreamBatchThenTheRetryLeavesTheListsAsAnUninterruptedRun() throws Exception {
        ListItem sic = achievement("碳化硅衬底激光切片", "SiC衬底激光隐切，降低切割损耗");
        ListItem rice = achievement("水稻抗倒伏品种选育", "籼稻新品种");
        ListItem challenge = challenge("碳化硅衬底切割损耗高", "碳化硅衬底切割损耗大，需激光切片技术");
        List<ObjectNode> batch = new ArrayList<>(STREAM.records());
        assertTrue(batch.size() > 6, "the stream of the three items' writes: " + batch.size());

        // the outage: DynamoDB stops right after the batch's first list is written, before the other (the lists are
        // written several at once; here one at a time, so that one is written and one is not)
        RecordStore failing = new RecordStore(DYNAMO, records.table(), clock) {
            @Override
            public synchronized void writeAll(List<Item> puts, List<Item> deletes) {
                super.writeAll(puts, deletes);
                AWS.stopDynamo();
            }
        };
        MatchingService interrupted = new MatchingService(indexes(), new MatchStore(failing));
        BatchResponse first = ChangeFeedProcessor.process(event(batch), change -> router.handle(change, interrupted), settling(interrupted));
        List<String> failed = first.batchItemFailures().stream().map(BatchResponse.ItemFailure::itemIdentifier).toList();
        assertEquals(sequenceNumbers(batch), failed, "the lists are written for the batch as a whole: every record is reported for the retry");

        AWS.startDynamo();
        MatchStore lists = new MatchStore(records);
        List<String> sicList = lists.top(sic.id(), 50).stream().map(Match::candidateId).toList();
        List<String> challengeList = lists.top(challenge.id(), 50).stream().map(Match::candidateId).toList();
        assertEquals(1, (sicList.isEmpty() ? 0 : 1) + (challengeList.isEmpty() ? 0 : 1),
                "one list written before the outage, one not: " + sicList + " " + challengeList);
        // the redelivery may reach another container: a new service, nothing kept in memory from the failed run
        MatchingService another = service();
        BatchResponse retry = ChangeFeedProcessor.process(event(batch), change -> router.handle(change, another), settling(another));
        another.afterBatch();
        assertEquals(List.of(), retry.batchItemFailures());

        assertEquals(List.of(sic.id()), candidates(another, challenge), "the challenge's list, each pair once");
        assertEquals(List.of(challenge.id()), candidates(another, sic));
        assertEquals(List.of(), candidates(another, rice));
        assertEquals(Set.of(sic.id()), lists.matched(MatchKind.ACHIEVEMENT), "marked matched: the achievement with a list");
        assertEquals(Set.of(challenge.id()), lists.matched(MatchKind.CHALLENGE));
    }

    /** What the matching function hands the processor: settle with time enough, and name the changes left (none). */
    private static java.util.function.Supplier<java.util.function.Predicate<org.hundredparks.changefeed.ItemChange>> settling(MatchingService service) {
        return () -> {
            Set<String> left = service.settle(Instant.MAX);
            return change -> !left.isEmpty() && left.contains(service.itemIdOf(change));
        };
    }

    /** A matching function's container: its index starts from the S3 snapshot and the table. */
    private MatchingService service() {
        return new MatchingService(indexes(), new MatchStore(records));
    }

    private MatchIndexes indexes() {
        return new MatchIndexes(records, new ObjectStore(AWS.s3(), AWS.presigner(), false), BUCKET,
                new MatchDocuments(TextAnalysis.standard()), clock, 1_000, java.time.Duration.ofMinutes(1));
    }

    private static List<String> candidates(MatchingService service, ListItem item) {
        return service.matchesOf(item.id(), 50).stream().map(Match::candidateId).toList();
    }

    private static StreamEvent event(List<ObjectNode> records) throws Exception {
        ObjectMapper json = new ObjectMapper();
        return json.treeToValue(json.createObjectNode().set("Records", json.valueToTree(records)), StreamEvent.class);
    }

    private static List<String> sequenceNumbers(List<ObjectNode> records) {
        return records.stream().map(r -> r.path("dynamodb").path("SequenceNumber").asText()).toList();
    }

    private ListItem achievement(String title, String summary) {
        var fields = new AchievementFields(null, title, summary, "新材料", List.of(), 6, List.of(), Set.of(CooperationMode.LICENSE), 300_000L,
                "深圳大学", "440305", null, new Contact("张老师", "13812345678", null));
        ListItem item = submissions.create(university, ListType.ACHIEVEMENT, fields).item();
        submissions.submit(university, ListType.ACHIEVEMENT, item.id(), null);
        return submissions.publish(science, ListType.ACHIEVEMENT, item.id(), null);
    }

    private ListItem challenge(String title, String problem) {
        String uscc = "91440300MA5F00001" + Uscc.checkCharacter("91440300MA5F00001");
        var fields = new ChallengeFields(null, title, problem, "良率大于90%", java.time.LocalDate.parse("2025-06-30"), "双方共有", 5_000_000L,
                "具备中试线", "深圳某半导体有限公司", uscc, "C3972", "新材料", List.of(), 6, "440305", null, new Contact("李工", "13900001111", null));
        ListItem item = submissions.create(enterprise, ListType.CHALLENGE, fields).item();
        submissions.submit(enterprise, ListType.CHALLENGE, item.id(), null);
        return submissions.publish(industry, ListType.CHALLENGE, item.id(), null);
    }
}
