package org.hundredparks.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hundredparks.cooperation.CooperationService;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.platform.Refusal;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TestAws;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Accepts of different bids racing on real threads through the SDK: the conditional marker lets one win. */
class BidRaceTest {

    private static final DynamoDbClient DYNAMO = TestAws.dynamo();
    private static final String TABLE = TestAws.newTable(DYNAMO, "bids");
    private static final String NAME = "'百园百校万企'创新合作行动——竞速";

    @Test
    void exactlyOneOfManyConcurrentAcceptsWins() throws Exception {
        TestAws.MovableClock clock = new TestAws.MovableClock(Instant.parse("2024-10-01T00:00:00Z"));
        RecordStore records = new RecordStore(DYNAMO, TABLE, clock);
        SubmissionService submissions = new SubmissionService(new ListItemRepository(records), clock);
        BidService bids = new BidService(records, submissions, new CooperationService(records, clock), clock);

        Caller enterprise = new Caller("e", Role.ENTERPRISE, "ent-1", "440300", null, null);
        Caller industry = new Caller("i", Role.PROVINCE_AUTHORITY, "gd-industry", "440000", Domain.INDUSTRY, null);
        String uscc = "91440300MA5F00001" + org.hundredparks.validation.Uscc.checkCharacter("91440300MA5F00001");
        ChallengeFields fields = new ChallengeFields(null, "竞速榜单", "问题", "指标", LocalDate.parse("2025-06-30"), "共有",
                100L, null, "某企业", uscc, "C39", null, null, null, "440300", null, new Contact("李工", "13900001111", null));
        String challenge = submissions.create(enterprise, ListType.CHALLENGE, fields).item().id();
        submissions.publish(industry, ListType.CHALLENGE, challenge, null);
        List<String> bidIds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Caller bidder = new Caller("u" + i, Role.UNIVERSITY, "uni-" + i, "440300", null, null);
            bidIds.add(bids.bid(bidder, challenge, new BidFields("团队" + i, "方案", null, null,
                    new Contact("教授", "13800000000", null))).id());
        }

        ExecutorService pool = Executors.newFixedThreadPool(bidIds.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (String bidId : bidIds) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    return bids.accept(enterprise, challenge, bidId, NAME).bid().id();
                } catch (Refusal refused) {
                    return refused.code();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();
        assertEquals(1, results.stream().filter(r -> r.startsWith("bid_")).count(), results.toString());
        assertEquals(bidIds.size() - 1, results.stream().filter("ANOTHER_BID_ACCEPTED"::equals).count(), results.toString());
        assertEquals(1, bids.bids(enterprise, challenge).stream().filter(b -> b.status() == Bid.Status.ACCEPTED).count());
    }
}
