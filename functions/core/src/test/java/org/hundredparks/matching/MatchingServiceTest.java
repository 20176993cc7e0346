package org.hundredparks.matching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hundredparks.changefeed.ItemChange;
import org.hundredparks.enterprise.EnterpriseFields;
import org.hundredparks.enterprise.EnterpriseService;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TestAws;
import org.hundredparks.submission.AchievementFields;
import org.hundredparks.submission.ChallengeFields;
import org.hundredparks.submission.Contact;
import org.hundredparks.submission.CooperationMode;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListItemRepository;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.SubmissionService;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Match lists through the real SDK on the emulators: both directions, withdrawal, a retried change,
 * and the S3 snapshot a cold container starts from (then catches up from the table).
 */
class MatchingServiceTest {

    private static final DynamoDbClient DYNAMO = TestAws.dynamo();

    // each test its own table and bucket: what one publishes must not show in another's lists
    private final String table = TestAws.newTable(DYNAMO, "matching");
    private final String bucket = TestAws.newBucket("derived");

    private final TestAws.MovableClock clock = new TestAws.MovableClock(Instant.parse("2024-10-01T00:00:00Z"));
    private final RecordStore records = new RecordStore(DYNAMO, table, clock);
    private final ListItemRepository repository = new ListItemRepository(records);
    private final SubmissionService submissions = new SubmissionService(repository, clock);
    private final ObjectStore objects = new ObjectStore(TestAws.s3(), TestAws.presigner());
    private final MatchStore store = new MatchStore(records);
    private final MatchDocuments documents = new MatchDocuments(TextAnalysis.standard());

    private final Caller university = new Caller("u", Role.UNIVERSITY, "uni-m", "440300", null, null);
    private final Caller enterprise = new Caller("e", Role.ENTERPRISE, "ent-m", "440300", null, null);
    private final Caller science = new Caller("s", Role.MINISTRY, "most", null, Domain.SCIENCE, null);
    private final Caller industry = new Caller("i", Role.MINISTRY, "miit", null, Domain.INDUSTRY, null);

    private MatchingService service(int snapshotEvery) {
        return new MatchingService(new MatchIndexes(records, objects, bucket, documents, clock, snapshotEvery, java.time.Duration.ofMinutes(1)), store);
    }

    private ListItem publishAchievement(String externalId, String title, String summary) {
        var fields = new AchievementFields(externalId, title, summary, "新材料", List.of(), 6, List.of(),
                Set.of(CooperationMode.LICENSE), 300_000L, "深圳大学", "440305", null, new Contact("张老师", "13812345678", null));
        ListItem item = submissions.create(university, ListType.ACHIEVEMENT, fields).item();
        submissions.submit(university, ListType.ACHIEVEMENT, item.id(), null);
        return submissions.publish(science, ListType.ACHIEVEMENT, item.id(), null);
    }

    private ListItem publishChallenge(String externalId, String title, String problem) {
        var fields = new ChallengeFields(externalId, title, problem, "良率大于90%", java.time.LocalDate.parse("2025-06-30"), "双方共有",
                5_000_000L, "具备中试线", "深圳某半导体有限公司", "91440300MA5F00001" + org.hundredparks.validation.Uscc.checkCharacter("91440300MA5F00001"),
                "C3972", "新材料", List.of(), 6, "440305", null, new Contact("李工", "13900001111", null));
        ListItem item = submissions.create(enterprise, ListType.CHALLENGE, fields).item();
        submissions.submit(enterprise, ListType.CHALLENGE, item.id(), null);
        return submissions.publish(industry, ListType.CHALLENGE, item.id(), null);
    }

    /** The stream record the table would emit for the item as it is now. */
    private ItemChange changeOf(ListItem item) {
        Item stored = records.get("ITEM#" + item.id(), "ITEM").orElseThrow();
        return new ItemChange(ItemChange.Kind.MODIFY, "1", Item.of(stored.pk(), stored.sk()), Optional.empty(), Optional.of(stored));
    }

    @Test
    void matchesAreStoredBothWaysFollowChangesAndLeaveWithTheItem() {
        MatchingService matching = service(1_000);
        ListItem sic = publishAchievement("A-1", "8英寸碳化硅衬底激光切片", "SiC衬底激光隐切，降低切割损耗");
        ListItem rice = publishAchievement("A-2", "水稻抗倒伏品种选育", "籼稻新品种");
        matching.applyNow(changeOf(sic));
        matching.applyNow(changeOf(rice));
        ListItem challenge = publishChallenge("C-1", "200mm SiC衬底切割损耗高", "碳化硅衬底切割损耗大，需激光切片技术");
        matching.applyNow(changeOf(challenge));

        List<Match> forChallenge = matching.matchesOf(challenge.id(), 10);
        assertEquals(List.of(sic.id()), forChallenge.stream().map(Match::candidateId).toList());
        assertEquals(1, forChallenge.get(0).rank());
        assertTrue(forChallenge.get(0).sharedTerms().contains("碳化硅"), forChallenge.get(0).sharedTerms().toString());
        assertEquals(MatchKind.ACHIEVEMENT, forChallenge.get(0).candidateKind());
        // the other direction: the achievement's own list names the challenge
        assertEquals(List.of(challenge.id()), matching.matchesOf(sic.id(), 10).stream().map(Match::candidateId).toList());

        // a later, better-fitting achievement joins the challenge's list
        ListItem laser = publishAchievement("A-3", "碳化硅衬底激光切片设备", "200mm SiC 衬底激光隐切切片，切割损耗低");
        matching.applyNow(changeOf(laser));
        assertEquals(Set.of(sic.id(), laser.id()),
                Set.copyOf(matching.matchesOf(challenge.id(), 10).stream().map(Match::candidateId).toList()));
        // a card's match count: what the list holds now, the pair its counterpart wrote into it included
        assertEquals(java.util.Map.of(challenge.id(), 2, laser.id(), 1), store.counts(List.of(challenge.id(), laser.id(), rice.id())));

        // a retried change gives the same list
        matching.applyNow(changeOf(challenge));
        List<Match> once = matching.matchesOf(challenge.id(), 10);
        matching.applyNow(changeOf(challenge));
        assertEquals(once, matching.matchesOf(challenge.id(), 10));

        // withdrawn: out of every list
        ListItem withdrawn = submissions.withdraw(university, ListType.ACHIEVEMENT, sic.id(), null);
        matching.applyNow(changeOf(withdrawn));
        assertEquals(List.of(laser.id()), matching.matchesOf(challenge.id(), 10).stream().map(Match::candidateId).toList());
        assertEquals(List.of(), matching.matchesOf(sic.id(), 10));
    }

    private ListItem publishAchievementIn(String field, String externalId, String title, String summary) {
        var fields = new AchievementFields(externalId, title, summary, field, List.of(), 6, List.of(),
                Set.of(CooperationMode.LICENSE), 300_000L, "深圳大学", "440305", null, new Contact("张老师", "13812345678", null));
        ListItem item = submissions.create(university, ListType.ACHIEVEMENT, fields).item();
        submissions.submit(university, ListType.ACHIEVEMENT, item.id(), null);
        return submissions.publish(science, ListType.ACHIEVEMENT, item.id(), null);
    }

    private ItemChange profileChange(String organisationId) {
        Item stored = new EnterpriseService(records, clock).record(organisationId).orElseThrow();
        return new ItemChange(ItemChange.Kind.MODIFY, "1", Item.of(stored.pk(), stored.sk()), Optional.empty(), Optional.of(stored));
    }

    @Test
    void enterprisesHearOfTheAchievementsThatFitTheirIndustryBothWays() {
        MatchingService matching = service(1_000);
        ListItem thermal = publishAchievementIn("新能源", "E-1", "锂电池储能系统热管理", "储能电站锂电池包液冷热管理，温差小于3℃");
        ListItem toxicity = publishAchievementIn("生物医药", "E-2", "锂电池电解液毒性评价方法", "电解液泄漏对人体的毒性评价");
        ListItem rice = publishAchievementIn("现代农业", "E-3", "水稻抗倒伏品种选育", "籼稻新品种");
        List.of(thermal, toxicity, rice).forEach(item -> matching.applyNow(changeOf(item)));

        String uscc = "91440300MA5F00002" + org.hundredparks.validation.Uscc.checkCharacter("91440300MA5F00002");
        new EnterpriseService(records, clock).save(enterprise, "ent-m", new EnterpriseFields("深圳某储能科技有限公司", uscc, "C3841",
                List.of("新能源"), "锂电池储能系统、储能变流器", "需要储能电池热管理与梯次利用技术", List.of("储能"), "440305", null, null));
        ItemChange profile = profileChange("ent-m");
        assertTrue(new ChangeRouter().route(profile), "a profile's change concerns matching");
        matching.applyNow(profile);

        List<Match> forEnterprise = matching.matchesOf("ent-m", 10);
        assertEquals(thermal.id(), forEnterprise.get(0).candidateId(), forEnterprise.toString());
        assertEquals(MatchKind.ACHIEVEMENT, forEnterprise.get(0).candidateKind());
        assertTrue(forEnterprise.get(0).reasons().contains("行业相符（C38 电气机械和器材制造业，新能源）"), forEnterprise.get(0).reasons().toString());
        assertTrue(forEnterprise.stream().noneMatch(m -> m.candidateId().equals(rice.id())), "nothing in common");
        forEnterprise.stream().filter(m -> m.candidateId().equals(toxicity.id())).findFirst().ifPresent(m -> {
            assertTrue(m.rank() > 1, "shares words, not the industry: below the fitting one");
            assertTrue(m.reasons().stream().anyMatch(r -> r.startsWith("行业不同")), m.reasons().toString());
        });
        // the other direction: the achievement's list names the enterprise
        assertTrue(matching.matchesOf(thermal.id(), 10).stream()
                .anyMatch(m -> m.candidateId().equals("ent-m") && m.candidateKind() == MatchKind.ENTERPRISE));

        // a container that starts cold rebuilds its index from the table, enterprises included
        MatchingService cold = service(1_000);
        ListItem converter = publishAchievementIn("新能源", "E-4", "储能变流器构网控制", "储能变流器构网型控制算法，支撑弱电网");
        cold.applyNow(changeOf(converter));
        assertTrue(cold.matchesOf("ent-m", 10).stream().anyMatch(m -> m.candidateId().equals(converter.id())),
                cold.matchesOf("ent-m", 10).toString());
    }

    @Test
    void aColdContainerStartsFromTheSnapshotAndCatchesUpFromTheTable() {
        MatchingService first = service(1);
        ListItem graphene = publishAchievement("G-1", "石墨烯导热膜", "高导热石墨烯膜，用于手机散热");
        first.applyNow(changeOf(graphene));
        first.afterBatch(); // snapshot written: one change was enough
        assertTrue(objects.get(bucket, MatchIndexes.SNAPSHOT_KEY).isPresent());

        // written after the snapshot, never seen by any container
        clock.advance(java.time.Duration.ofMinutes(5));
        ListItem film = publishAchievement("G-2", "石墨烯散热膜卷材", "石墨烯导热膜连续化制备，手机散热");

        MatchingService cold = service(1_000);
        ListItem challenge = publishChallenge("C-2", "手机散热石墨烯导热膜", "需要高导热石墨烯膜用于手机散热");
        cold.applyNow(changeOf(challenge));
        assertEquals(Set.of(graphene.id(), film.id()),
                Set.copyOf(cold.matchesOf(challenge.id(), 10).stream().map(Match::candidateId).toList()));
    }

    @Test
    void aWarmContainerReadsWhatOtherContainersSawWithinTheRefreshPeriod() {
        MatchingService warm = service(1_000);
        ListItem challenge = publishChallenge("C-4", "光伏组件清洗机器人", "需要光伏组件清洗机器人，适应屋顶电站");
        warm.applyNow(changeOf(challenge));
        assertEquals(List.of(), warm.matchesOf(challenge.id(), 10));

        // published, and its stream record delivered to another container (another shard): never applied here
        ListItem robot = publishAchievement("R-1", "光伏组件清洗机器人", "屋顶光伏电站组件自动清洗机器人");
        clock.advance(java.time.Duration.ofSeconds(30));
        warm.applyNow(changeOf(challenge));
        assertEquals(List.of(), warm.matchesOf(challenge.id(), 10), "within the refresh period the index may lag");

        clock.advance(java.time.Duration.ofSeconds(31));
        warm.applyNow(changeOf(challenge));
        assertEquals(List.of(robot.id()), warm.matchesOf(challenge.id(), 10).stream().map(Match::candidateId).toList());
    }

    @Test
    void aContainerRestoredFromASnapStartSnapshotReadsWhatWasPublishedSinceTheSnapshotAtOnce() {
        ListItem challenge = publishChallenge("C-5", "风电叶片检测无人机", "需要风电叶片缺陷检测无人机，适应海上风场");
        MatchingService snapshotted = service(1_000);
        snapshotted.prepare(); // the init phase: the indexes are loaded before SnapStart takes its snapshot

        // published after the snapshot; its stream record went to another container
        ListItem drone = publishAchievement("D-1", "风电叶片检测无人机", "海上风场风电叶片缺陷自动检测无人机");
        clock.advance(java.time.Duration.ofSeconds(20)); // restored well within the refresh period
        snapshotted.restored();
        snapshotted.applyNow(changeOf(challenge));
        assertEquals(List.of(drone.id()), snapshotted.matchesOf(challenge.id(), 10).stream().map(Match::candidateId).toList(),
                "a restored container's index is as old as the snapshot, whatever its clock says");

        // once caught up, the refresh period holds again: nothing more is read until it has passed
        ListItem later = publishAchievement("D-2", "风电叶片检测无人机系统", "风电叶片缺陷检测无人机与分析软件");
        clock.advance(java.time.Duration.ofSeconds(20));
        snapshotted.applyNow(changeOf(challenge));
        assertFalse(snapshotted.matchesOf(challenge.id(), 10).stream().map(Match::candidateId).toList().contains(later.id()));
    }

    @Test
    void aContainerRestoredLongAfterItsSnapshotLoadsItsIndexesAgainAndFindsWhatWasPublishedMeanwhile() {
        ListItem challenge = publishChallenge("C-6", "盐碱地改良微生物菌剂", "需要盐碱地改良微生物菌剂，适应滨海盐土");
        MatchingService snapshotted = service(1_000);
        snapshotted.prepare();

        ListItem agent = publishAchievement("M-1", "盐碱地改良微生物菌剂", "滨海盐碱地改良复合微生物菌剂");
        clock.advance(java.time.Duration.ofHours(30)); // a version published yesterday, restored today
        snapshotted.restored();
        snapshotted.applyNow(changeOf(challenge));
        assertEquals(List.of(agent.id()), snapshotted.matchesOf(challenge.id(), 10).stream().map(Match::candidateId).toList());
    }

    @Test
    void aDamagedSnapshotIsRebuiltFromThePublishedItems() {
        objects.put(bucket, MatchIndexes.SNAPSHOT_KEY, new byte[] {1, 2, 3}, "application/octet-stream");
        ListItem battery = publishAchievement("B-1", "锂离子电池正极材料回收", "湿法冶金回收锂钴镍");
        MatchingService matching = service(1_000);
        ListItem challenge = publishChallenge("C-3", "锂电回收", "废旧锂电池正极材料回收");
        matching.applyNow(changeOf(challenge));
        assertTrue(matching.matchesOf(challenge.id(), 10).stream().anyMatch(m -> m.candidateId().equals(battery.id())));
    }

    @Test
    void aRebuildWithoutTimeForMeaningsIndexesByWordsAndLaterInvocationsGiveThem() {
        MatchDocuments withMeaning = new MatchDocuments(TextAnalysis.standard(), Models.EMBEDDING);
        ListItem film = publishAchievement("M-1", "石墨烯导热膜", "高导热石墨烯膜，用于手机散热");
        ListItem rice = publishAchievement("M-2", "水稻抗倒伏品种选育", "籼稻新品种");

        // no snapshot, and no time for the model: every item is indexed by its words, and the rebuild is snapshotted
        MatchIndexes hurried = new MatchIndexes(records, objects, bucket, withMeaning, clock, 1_000,
                java.time.Duration.ofMinutes(1), java.time.Duration.ZERO);
        assertNull(hurried.of(MatchKind.ACHIEVEMENT).get(film.id()).meaning());
        assertEquals(2, hurried.completeMeanings(), "no time this invocation either: both still wait");

        // a later invocation with time to spare gives them meanings, reading them again by key
        assertEquals(0, hurried.completeMeanings(java.time.Duration.ofMinutes(1)));
        long[] meaning = hurried.of(MatchKind.ACHIEVEMENT).get(rice.id()).meaning();
        assertNotNull(meaning);
        assertArrayEquals(withMeaning.of(repository.find(rice.id()).orElseThrow()).meaning(), meaning);

        // and the snapshot keeps them: a cold start with no time at all has them
        hurried.writeSnapshot();
        MatchIndexes cold = new MatchIndexes(records, objects, bucket, withMeaning, clock, 1_000,
                java.time.Duration.ofMinutes(1), java.time.Duration.ZERO);
        assertArrayEquals(meaning, cold.of(MatchKind.ACHIEVEMENT).get(rice.id()).meaning());
        assertEquals(0, cold.completeMeanings());
    }

    @Test
    void anUnchangedTextKeepsItsMeaningAndTheModelRunsOnlyForNewAndChangedTexts() {
        AtomicInteger runs = new AtomicInteger();
        TextEmbedding counted = new TextEmbedding() {
            @Override
            public float[] embed(String text) {
                runs.incrementAndGet();
                return Models.EMBEDDING.embed(text);
            }

            @Override
            public void ready() {
                Models.EMBEDDING.ready();
            }
        };
        ListItem film = publishAchievement("K-1", "石墨烯导热膜", "高导热石墨烯膜，用于手机散热");
        MatchIndexes indexes = new MatchIndexes(records, objects, bucket, new MatchDocuments(TextAnalysis.standard(), counted), clock,
                1_000, Duration.ofMinutes(1));
        long[] meaning = indexes.of(MatchKind.ACHIEVEMENT).get(film.id()).meaning();
        assertNotNull(meaning);
        int loaded = runs.get();
        assertEquals(1, loaded, "the load gives the one published item its meaning");

        // replayed, or changed in what is not its text (a catch-up's overlap, a bid count): the same meaning, no run
        Item stored = records.get("ITEM#" + film.id(), "ITEM").orElseThrow();
        indexes.apply(stored);
        indexes.apply(stored.with("bidCount", 3));
        assertEquals(loaded, runs.get());
        assertArrayEquals(meaning, indexes.of(MatchKind.ACHIEVEMENT).get(film.id()).meaning());

        // a new title is a new text: the model runs, and the meaning follows it
        ListItem published = repository.find(film.id()).orElseThrow();
        var retitled = new AchievementFields("K-1", "水稻抗倒伏品种选育", "籼稻新品种", "新材料", List.of(), 6, List.of(),
                Set.of(CooperationMode.LICENSE), 300_000L, "深圳大学", "440305", null, new Contact("张老师", "13812345678", null));
        indexes.apply(ListItemRepository.toItem(new ListItem(published.id(), published.type(), published.status(),
                published.closedReason(), published.ownerOrganisationId(), published.createdBy(), published.version() + 1,
                published.createdAt(), published.updatedAt(), published.publishedAt(), retitled)));
        assertEquals(loaded + 1, runs.get());
        assertFalse(Arrays.equals(meaning, indexes.of(MatchKind.ACHIEVEMENT).get(film.id()).meaning()));
    }
}
