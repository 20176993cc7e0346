package org.hundredparks.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.hundredparks.changefeed.ItemChange;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.Page;
import org.hundredparks.storage.QuerySpec;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TestAws;
import org.hundredparks.submission.AchievementFields;
import org.hundredparks.submission.ChallengeFields;
import org.hundredparks.submission.Contact;
import org.hundredparks.submission.CooperationMode;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListItemFields;
import org.hundredparks.submission.ListItemRepository;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.SubmissionService;
import org.hundredparks.validation.Uscc;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The match lists as a function of the data: the same records published in two orders give the same lists, each
 * the ranking of its item now; a list keeps at most 50; a withdrawn item leaves every list it entered; the "matched"
 * marks the reports count are exactly the items with a list; and a change matching cannot see costs no request.
 */
class MatchListsTest {

    private static final DynamoDbClient DYNAMO = TestAws.dynamo();
    private static final Caller UNIVERSITY = new Caller("u", Role.UNIVERSITY, "uni-l", "440300", null, null);
    private static final Caller ENTERPRISE = new Caller("e", Role.ENTERPRISE, "ent-l", "440300", null, null);
    private static final Caller SCIENCE = new Caller("s", Role.MINISTRY, "most", null, Domain.SCIENCE, null);
    private static final Caller INDUSTRY = new Caller("i", Role.MINISTRY, "miit", null, Domain.INDUSTRY, null);

    /** A table, a bucket and a matching container of their own, counting the requests matching makes. */
    private static final class World {
        final TestAws.MovableClock clock = new TestAws.MovableClock(Instant.parse("2024-10-01T00:00:00Z"));
        int matchingRequests;
        boolean counting;
        final RecordStore records = new RecordStore(DYNAMO, TestAws.newTable(DYNAMO, "lists"), clock) {
            @Override
            public void writeAll(List<Item> puts, List<Item> deletes) {
                matchingRequests += counting ? 1 : 0;
                super.writeAll(puts, deletes);
            }

            @Override
            public Page query(QuerySpec spec) {
                matchingRequests += counting ? 1 : 0;
                return super.query(spec);
            }
        };
        final SubmissionService submissions = new SubmissionService(new ListItemRepository(records), clock);
        final MatchStore store = new MatchStore(records);
        final MatchingService matching = new MatchingService(new MatchIndexes(records, new ObjectStore(TestAws.s3(), TestAws.presigner()),
                TestAws.newBucket("lists"), new MatchDocuments(TextAnalysis.standard()), clock, 1_000, java.time.Duration.ofMinutes(1)), store);

        ListItem create(Draft draft) {
            boolean challenge = draft.type() == ListType.CHALLENGE;
            return submissions.create(challenge ? ENTERPRISE : UNIVERSITY, draft.type(), draft.fields()).item();
        }

        ListItem publish(Draft draft) {
            boolean challenge = draft.type() == ListType.CHALLENGE;
            Caller owner = challenge ? ENTERPRISE : UNIVERSITY;
            ListItem item = create(draft);
            submissions.submit(owner, draft.type(), item.id(), null);
            ListItem published = submissions.publish(challenge ? INDUSTRY : SCIENCE, draft.type(), item.id(), null);
            matching.applyNow(changeOf(published.id(), Optional.empty()));
            return published;
        }

        Item stored(String id) {
            return records.get("ITEM#" + id, "ITEM").orElseThrow();
        }

        ItemChange changeOf(String id, Optional<Item> before) {
            Item after = stored(id);
            return new ItemChange(ItemChange.Kind.MODIFY, "1", Item.of(after.pk(), after.sk()), before, Optional.of(after));
        }

        List<String> listOf(String id) {
            return store.top(id, 100).stream().map(Match::candidateId).toList();
        }

        /** Every published item's stored list, by id. */
        Map<String, List<String>> lists(List<String> ids) {
            Map<String, List<String>> lists = new TreeMap<>();
            ids.forEach(id -> lists.put(id, listOf(id)));
            return lists;
        }

        /** What ranking each item against the lists as they are now gives, by id. */
        Map<String, List<String>> rankedNow(Map<String, MatchKind> ids) {
            Map<String, List<String>> lists = new TreeMap<>();
            Map<String, MatchDocument> documents = matching.indexes().documents(ids);
            ids.keySet().forEach(id -> lists.put(id, matching.rank(documents.get(id)).stream().map(Match::candidateId).toList()));
            return lists;
        }
    }

    record Draft(ListType type, ListItemFields fields) {
    }

    private static Draft achievement(String externalId, String title, String summary, String field) {
        return new Draft(ListType.ACHIEVEMENT, new AchievementFields(externalId, title, summary, field, List.of(), 6, List.of(),
                Set.of(CooperationMode.LICENSE), 300_000L, "深圳大学", "440305", null, new Contact("张老师", "13812345678", null)));
    }

    private static Draft challenge(String externalId, String title, String problem, String field) {
        return new Draft(ListType.CHALLENGE, new ChallengeFields(externalId, title, problem, "指标达到行业先进水平",
                java.time.LocalDate.parse("2025-06-30"), "双方共有", 2_000_000L, "具备中试条件", "深圳某科技有限公司",
                "91440300MA5F00003" + Uscc.checkCharacter("91440300MA5F00003"), "C3985", field, List.of(), 6, "440305", null,
                new Contact("李工", "13900001111", null)));
    }

    /** Records of a few neighbouring topics, so that lists overlap and compete. */
    private static List<Draft> records() {
        return List.of(
                achievement("A1", "碳化硅衬底激光切片", "SiC衬底激光隐切，降低切割损耗，提高出片率", "新材料"),
                achievement("A2", "碳化硅外延片缺陷检测", "碳化硅外延层缺陷的光学检测与分类", "新材料"),
                achievement("A3", "锂离子电池正极材料回收", "湿法冶金回收退役电池中的锂钴镍", "新能源"),
                achievement("A4", "储能电池液冷热管理", "储能电站锂电池包液冷，温差小于3℃", "新能源"),
                achievement("A5", "石墨烯导热膜", "高导热石墨烯膜，用于手机和电池散热", "新材料"),
                achievement("A6", "光伏组件清洗机器人", "屋顶光伏电站组件自动清洗", "新能源"),
                achievement("A7", "钠离子电池层状氧化物正极", "钠电正极材料，低温性能好，成本低", "新能源"),
                achievement("A8", "晶圆激光隐切设备", "半导体晶圆激光隐形切割，崩边小", "高端装备"),
                challenge("C1", "碳化硅衬底切割损耗高", "碳化硅衬底切割损耗大，需要激光切片技术", "新材料"),
                challenge("C2", "退役动力电池回收", "退役动力电池正极材料中锂钴镍的高效回收", "新能源"),
                challenge("C3", "储能电池热失控与散热", "储能电池包散热不均，需要液冷或导热膜方案", "新能源"),
                challenge("C4", "低温电池性能", "寒冷地区储能电池低温容量衰减，寻求钠离子电池方案", "新能源"),
                challenge("C5", "晶圆切割崩边", "晶圆切割崩边严重，寻求激光隐切方案", "高端装备"));
    }

    /** Scores closer than this may come in either order, depending on when a list was last ranked. */
    private static final double NEAR = 0.02;

    private static Map<String, Set<String>> sets(Map<String, List<String>> lists) {
        Map<String, Set<String>> sets = new TreeMap<>();
        lists.forEach((id, list) -> sets.put(id, Set.copyOf(list)));
        return sets;
    }

    @Test
    void theSameRecordsPublishedInTwoOrdersGiveTheSameListsEachTheRankingOfItsItemNow() {
        List<Draft> inOrder = records();
        List<Draft> shuffled = new ArrayList<>(inOrder);
        Collections.shuffle(shuffled, new Random(7));

        World first = new World();
        World second = new World();
        Map<String, MatchKind> ids = new LinkedHashMap<>();
        inOrder.forEach(draft -> {
            ListItem item = first.publish(draft);
            ids.put(item.id(), MatchKind.of(item.type()));
        });
        shuffled.forEach(second::publish);

        Map<String, List<String>> lists = first.lists(List.copyOf(ids.keySet()));
        Map<String, List<String>> otherOrder = second.lists(List.copyOf(ids.keySet()));
        assertEquals(sets(lists), sets(otherOrder), "the order of publication changes no list");
        // nor the order within a list, but for candidates scored within a hair of each other: a list ranked before a
        // later publication that did not reach it keeps the words' weights of its day
        Map<String, MatchDocument> documents = first.matching.indexes().documents(ids);
        for (String id : ids.keySet()) {
            Map<String, Double> now = new java.util.HashMap<>();
            first.matching.rank(documents.get(id)).forEach(m -> now.put(m.candidateId(), m.score()));
            List<String> a = lists.get(id);
            List<String> b = otherOrder.get(id);
            for (int i = 0; i < a.size(); i++) {
                for (int j = i + 1; j < a.size(); j++) {
                    if (Math.abs(now.get(a.get(i)) - now.get(a.get(j))) >= NEAR) {
                        assertEquals(b.indexOf(a.get(i)) < b.indexOf(a.get(j)), true, id + ": " + a + " against " + b);
                    }
                }
            }
        }
        long withLists = lists.values().stream().filter(l -> !l.isEmpty()).count();
        assertTrue(withLists >= 10, "the records are meant to meet: " + lists);

        // the reports' "已匹配": every item with a non-empty list, both directions
        for (World world : List.of(first, second)) {
            for (MatchKind kind : List.of(MatchKind.ACHIEVEMENT, MatchKind.CHALLENGE)) {
                Set<String> expected = new java.util.HashSet<>();
                ids.forEach((id, k) -> {
                    if (k == kind && !lists.get(id).isEmpty()) {
                        expected.add(id);
                    }
                });
                assertEquals(expected, world.store.matched(kind), kind + " marked matched");
            }
        }

        // withdrawn in both: it leaves every list, and the lists it left are their items' rankings as they are now
        String sic = ids.keySet().iterator().next();
        Map<String, MatchKind> held = new LinkedHashMap<>();
        first.store.holdersOf(sic).forEach(holder -> held.put(holder.itemId(), holder.kind()));
        assertTrue(held.size() >= 2, "in several lists: " + held);
        for (World world : List.of(first, second)) {
            Item before = world.stored(sic);
            world.submissions.withdraw(UNIVERSITY, ListType.ACHIEVEMENT, sic, null);
            world.matching.applyNow(world.changeOf(sic, Optional.of(before)));
        }
        Map<String, List<String>> after = first.lists(List.copyOf(ids.keySet()));
        assertTrue(after.values().stream().noneMatch(l -> l.contains(sic)), after.toString());
        assertEquals(List.of(), after.get(sic));
        assertEquals(sets(after), sets(second.lists(List.copyOf(ids.keySet()))));
        Map<String, List<String>> reached = new TreeMap<>(after);
        reached.keySet().retainAll(held.keySet());
        assertEquals(first.rankedNow(held), reached);
        assertTrue(!first.store.matched(MatchKind.ACHIEVEMENT).contains(sic), "no longer counted as matched");
    }

    @Test
    void aListKeepsFiftyAndAWithdrawnItemLeavesEveryListItEntered() {
        World world = new World();
        ListItem challenge = world.publish(challenge("CAP", "碳化硅衬底激光切片", "碳化硅衬底切割损耗大，需要激光切片技术", "新材料"));
        List<String> achievements = new ArrayList<>();
        for (int i = 0; i < 55; i++) {
            achievements.add(world.publish(achievement("CAP-" + i, "碳化硅衬底激光切片工艺" + i,
                    "SiC衬底激光隐切第" + i + "代工艺，切割损耗低" + "、出片率高".repeat(i % 4), "新材料")).id());
        }
        List<String> list = world.listOf(challenge.id());
        assertEquals(MatchingService.KEPT, list.size(), "never more than 50");
        Map<String, MatchKind> ids = new LinkedHashMap<>();
        ids.put(challenge.id(), MatchKind.CHALLENGE);
        List<Match> now = world.matching.rank(world.matching.indexes().documents(ids).get(challenge.id()));
        assertEquals(Set.copyOf(now.stream().map(Match::candidateId).toList()), Set.copyOf(list), "the best 50 of 55 as ranked now");
        // in the order ranked now, but for scores closer than the drift a stored row may keep
        Map<String, Double> score = new java.util.HashMap<>();
        now.forEach(m -> score.put(m.candidateId(), m.score()));
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                assertTrue(score.get(list.get(j)) < score.get(list.get(i)) + MatchStore.DRIFT, list.get(i) + " before " + list.get(j));
            }
        }
        achievements.forEach(id -> assertEquals(List.of(challenge.id()), world.listOf(id), "each achievement's own list"));

        Item before = world.stored(challenge.id());
        world.submissions.withdraw(ENTERPRISE, ListType.CHALLENGE, challenge.id(), null);
        world.matching.applyNow(world.changeOf(challenge.id(), Optional.of(before)));
        achievements.forEach(id -> assertEquals(List.of(), world.listOf(id), "withdrawn: out of every list it entered"));
        assertEquals(List.of(), world.listOf(challenge.id()));
        assertEquals(Set.of(), world.store.matched(MatchKind.ACHIEVEMENT));
        assertEquals(Set.of(), world.store.matched(MatchKind.CHALLENGE));
    }

    @Test
    void aChangeMatchingCannotSeeCostsNoRequest() {
        World world = new World();
        world.publish(challenge("S-C", "碳化硅衬底切割损耗高", "碳化硅衬底切割损耗大，需要激光切片技术", "新材料"));
        Draft draft = achievement("S-A", "碳化硅衬底激光切片", "SiC衬底激光隐切，降低切割损耗", "新材料");

        world.counting = true;
        ListItem created = world.create(draft);
        world.matching.applyNow(world.changeOf(created.id(), Optional.empty())); // a new draft: not matchable, nothing stored
        Item drafted = world.stored(created.id());
        world.submissions.submit(UNIVERSITY, ListType.ACHIEVEMENT, created.id(), null);
        world.matching.applyNow(world.changeOf(created.id(), Optional.of(drafted)));
        assertEquals(0, world.matchingRequests, "a draft and its submission are nothing to matching");

        Item submitted = world.stored(created.id());
        world.submissions.publish(SCIENCE, ListType.ACHIEVEMENT, created.id(), null);
        world.matching.applyNow(world.changeOf(created.id(), Optional.of(submitted)));
        assertTrue(world.matchingRequests > 0, "the publication is");
        assertEquals(1, world.listOf(created.id()).size());

        // a new version with the same text and facts (here: the same record written again)
        Item published = world.stored(created.id());
        world.matchingRequests = 0;
        world.matching.applyNow(world.changeOf(created.id(), Optional.of(published)));
        assertEquals(0, world.matchingRequests, "the same words and facts: no list can change");
    }

    @Test
    void aSettleOutOfTimeNamesTheChangesItLeftAndTheirRetryCompletesTheLists() {
        World world = new World();
        ListItem challenge = world.publish(challenge("T-C", "碳化硅衬底激光切片", "碳化硅衬底切割损耗大，需要激光切片技术", "新材料"));
        List<ItemChange> batch = new ArrayList<>();
        for (int i = 0; i < MatchingService.CHUNK + 5; i++) {
            ListItem item = world.create(achievement("T-" + i, "碳化硅衬底激光切片工艺" + i, "SiC衬底激光隐切，切割损耗低" + i, "新材料"));
            world.submissions.submit(UNIVERSITY, ListType.ACHIEVEMENT, item.id(), null);
            Item submitted = world.stored(item.id());
            world.submissions.publish(SCIENCE, ListType.ACHIEVEMENT, item.id(), null);
            batch.add(world.changeOf(item.id(), Optional.of(submitted)));
        }
        // past the refresh period: the first change's look at the table finds all of them changed (they are) before
        // their records are applied; they are still this batch's records, and those left must be named for the retry
        world.clock.advance(java.time.Duration.ofMinutes(2));
        batch.forEach(world.matching::apply);
        // the deadline is already past: one chunk is settled (a settle always makes progress), the rest named
        Set<String> left = world.matching.settle(Instant.EPOCH);
        List<String> expectedLeft = batch.subList(MatchingService.CHUNK, batch.size()).stream().map(world.matching::itemIdOf).toList();
        assertEquals(Set.copyOf(expectedLeft), left);
        batch.subList(0, MatchingService.CHUNK).forEach(change ->
                assertEquals(List.of(challenge.id()), world.listOf(world.matching.itemIdOf(change)), "settled in the first chunk"));
        expectedLeft.forEach(id -> assertEquals(List.of(), world.listOf(id), "left for the retry"));

        // the retry (Lambda redelivers from the first record named) completes them
        batch.subList(MatchingService.CHUNK, batch.size()).forEach(world.matching::apply);
        assertEquals(MatchingService.CHUNK / 2, world.matching.chunkSize(), "a chunk that overran halves the next");
        assertEquals(Set.of(), world.matching.settle(Instant.MAX));
        assertEquals(MatchingService.CHUNK, world.matching.chunkSize(), "and a settle in time doubles it back");
        expectedLeft.forEach(id -> assertEquals(List.of(challenge.id()), world.listOf(id)));
        assertEquals(MatchingService.CHUNK + 5, world.listOf(challenge.id()).size(), "every achievement in the challenge's list");
    }

    /** A pair as the earlier layout stored it: in both lists, the same score, no byOwner key to find it by. */
    private static Item earlierLayoutRow(String itemId, String candidateId, MatchKind candidateKind) {
        Match pair = new Match(itemId, candidateId, candidateKind, "旧数据", 0.5, 0, List.of("碳化硅"), List.of());
        return Item.of("MATCH#" + itemId, "WITH#" + candidateId).with("type", "MATCH").with("itemId", itemId)
                .with("candidateId", candidateId).with("lsi1sk", "99500000#" + candidateId)
                .with("match", org.hundredparks.storage.Documents.toAttribute(pair));
    }

    @Test
    void aWithdrawnItemLeavesListsWrittenInTheEarlierLayout() {
        World world = new World();
        ListItem challenge = world.publish(challenge("L-C", "碳化硅衬底激光切片", "碳化硅衬底切割损耗大，需要激光切片技术", "新材料"));
        ListItem old = world.publish(achievement("L-A", "碳化硅衬底激光切片工艺", "SiC衬底激光隐切，切割损耗低", "新材料"));
        // the pair as the earlier layout left it, in place of the rows of now
        world.records.writeAll(List.of(earlierLayoutRow(challenge.id(), old.id(), MatchKind.ACHIEVEMENT),
                earlierLayoutRow(old.id(), challenge.id(), MatchKind.CHALLENGE)), List.of());
        assertTrue(world.store.holdersOf(old.id()).stream().anyMatch(h -> h.itemId().equals(challenge.id())),
                "found through the item's own partition");

        Item before = world.stored(old.id());
        world.submissions.withdraw(UNIVERSITY, ListType.ACHIEVEMENT, old.id(), null);
        world.matching.applyNow(world.changeOf(old.id(), Optional.of(before)));
        assertEquals(List.of(), world.listOf(challenge.id()), "out of the challenge's list, earlier layout or not");
        assertEquals(List.of(), world.listOf(old.id()));
        assertEquals(Set.of(), world.store.matched(MatchKind.CHALLENGE));
    }
}
