package org.hundredparks.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hundredparks.changefeed.ItemChange;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TestAws;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The report summaries through the real SDK on dynalite: newest entry wins, whoever writes it and in what order. */
class ItemSummariesTest {

    private static final DynamoDbClient DYNAMO = TestAws.dynamo();

    private final RecordStore records = new RecordStore(DYNAMO, TestAws.newTable(DYNAMO, "summaries"),
            new TestAws.MovableClock(Instant.parse("2024-10-01T00:00:00Z")));
    private final ItemSummaries summaries = new ItemSummaries(records);

    private static ListItem need(String id, long version, ItemStatus status, SecondmentRole role) {
        var fields = new TalentNeedFields(null, "科技副总选聘", role, "材料科学与工程", 1, 12, "负责新材料研发", "某公司", null,
                "440305", "HTZ-440300-01", null);
        return new ListItem(id, ListType.TALENT_NEED, status, null, "ent-1", "u-1", version, Instant.EPOCH, Instant.EPOCH, null, fields);
    }

    private Map<String, ListItem> recorded() {
        return summaries.all(ListType.TALENT_NEED).stream().collect(Collectors.toMap(ListItem::id, i -> i));
    }

    @Test
    void theNewestVersionWinsWhateverTheOrderAndRepeatsChangeNothing() {
        summaries.record(need("tal_1", 2, ItemStatus.PUBLISHED, SecondmentRole.TECH_VICE_PRESIDENT));
        summaries.record(need("tal_1", 1, ItemStatus.DRAFT, null)); // an older write arriving late
        summaries.record(need("tal_1", 2, ItemStatus.PUBLISHED, SecondmentRole.TECH_VICE_PRESIDENT)); // a retry
        summaries.record(need("tal_2", 1, ItemStatus.SUBMITTED, null));

        Map<String, ListItem> items = recorded();
        assertEquals(2, items.size());
        ListItem one = items.get("tal_1");
        assertEquals(ItemStatus.PUBLISHED, one.status());
        assertEquals(2, one.version());
        TalentNeedFields fields = (TalentNeedFields) one.fields();
        assertEquals(SecondmentRole.TECH_VICE_PRESIDENT, fields.role());
        assertEquals("440305", fields.regionCode());
        assertEquals("HTZ-440300-01", fields.parkId());
        assertEquals("材料科学与工程", fields.discipline());
        assertNull(((TalentNeedFields) items.get("tal_2").fields()).role());

        // ten versions later, across the version number's decimal places
        summaries.record(need("tal_1", 12, ItemStatus.CLOSED, SecondmentRole.TECH_VICE_PRESIDENT));
        summaries.record(need("tal_1", 9, ItemStatus.PUBLISHED, SecondmentRole.TECH_VICE_PRESIDENT));
        assertEquals(ItemStatus.CLOSED, recorded().get("tal_1").status());
    }

    @Test
    void theRepositoryRecordsEveryWriteAndTheStreamRepairsALostOne() {
        ListItemRepository repository = new ListItemRepository(records);
        ListItem draft = need("tal_3", 1, ItemStatus.DRAFT, SecondmentRole.RESEARCH_ASSISTANT);
        repository.create(draft);
        assertEquals(ItemStatus.DRAFT, recorded().get("tal_3").status());
        ListItem submitted = repository.replace(new ListItem("tal_3", ListType.TALENT_NEED, ItemStatus.SUBMITTED, null, "ent-1",
                "u-1", 1, Instant.EPOCH, Instant.EPOCH, null, draft.fields()), 1);
        assertEquals(2, submitted.version());
        assertEquals(ItemStatus.SUBMITTED, recorded().get("tal_3").status());

        // written without its summary (the API's second write lost): the stream's copy of the change records it
        ListItem lost = need("tal_4", 1, ItemStatus.PUBLISHED, SecondmentRole.TECHNICAL_ADVISER);
        records.create(ListItemRepository.toItem(lost));
        assertEquals(null, recorded().get("tal_4"));
        Item image = new ListItemRepository(records).record("tal_4").orElseThrow();
        summaries.apply(new ItemChange(ItemChange.Kind.INSERT, "1", Item.of(image.pk(), image.sk()), Optional.empty(), Optional.of(image)));
        assertEquals(ItemStatus.PUBLISHED, recorded().get("tal_4").status());

        // other records' changes are not list items
        summaries.apply(new ItemChange(ItemChange.Kind.INSERT, "2", Item.of("BID#x", "BID"), Optional.empty(),
                Optional.of(Item.of("BID#x", "BID"))));
        assertEquals(List.of("tal_3", "tal_4"), recorded().keySet().stream().sorted().toList());
    }

    /** An entry written before the day, deadline and title were kept reads as not dated; a new one round-trips them. */
    @Test
    void entriesOfBothLayoutsRead() {
        ListItem old = ItemSummaries.toItem("chl_1", ListType.CHALLENGE, "000000000003|PUBLISHED|330106||新能源|");
        assertNull(old.publishedAt());
        assertNull(((ChallengeFields) old.fields()).deadline());
        ListItem now = ItemSummaries.toItem("chl_1", ListType.CHALLENGE,
                "000000000004|PUBLISHED|330106||新能源||2025-01-10|2025-06-30|" + ItemSummaries.shortTitle("储能热管理系统的液冷板设计与流道优化及其在电站中的应用"));
        assertEquals(Instant.parse("2025-01-09T16:00:00Z"), now.publishedAt(), "the day's start in China");
        assertEquals(java.time.LocalDate.parse("2025-06-30"), ((ChallengeFields) now.fields()).deadline());
        assertEquals("储能热管理系统的液冷板设计与流道优化及其…", ((ChallengeFields) now.fields()).title());
        assertEquals("短标题", ItemSummaries.shortTitle("短标题"));
    }
}
