package org.hundredparks.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class RecordStoreTest {

    private static final DynamoDbClient DYNAMO = TestAws.dynamo();
    private static String table;
    private final TestAws.MovableClock clock = new TestAws.MovableClock(Instant.parse("2024-09-01T00:00:00Z"));
    private RecordStore store() {
        return new RecordStore(DYNAMO, table, clock);
    }

    @BeforeAll
    static void table() {
        table = TestAws.newTable(DYNAMO, "records");
    }

    @Test
    void createRefusesAnItemThatExists() {
        RecordStore store = store();
        store.create(Item.of("ITEM#a1", "ITEM").with("title", "first"));
        assertThrows(ConditionFailedException.class, () -> store.create(Item.of("ITEM#a1", "ITEM").with("title", "second")));
        assertEquals("first", store.get("ITEM#a1", "ITEM").orElseThrow().string("title").orElseThrow());
    }

    @Test
    void replaceWinsOnlyAgainstTheVersionItRead() {
        RecordStore store = store();
        store.create(Item.of("ITEM#v1", "ITEM").with("title", "v1").with(RecordStore.VERSION, 1));
        Item second = store.replace(Item.of("ITEM#v1", "ITEM").with("title", "v2"), 1);
        assertEquals(2L, second.number(RecordStore.VERSION).orElseThrow());
        // a writer that read version 1 lost the race
        assertThrows(ConditionFailedException.class, () -> store.replace(Item.of("ITEM#v1", "ITEM").with("title", "stale"), 1));
        Item stored = store.get("ITEM#v1", "ITEM").orElseThrow();
        assertEquals("v2", stored.string("title").orElseThrow());
        assertEquals(2L, stored.number(RecordStore.VERSION).orElseThrow());
    }

    @Test
    void expiredItemsReadAsAbsentAndCanBeCreatedAgain() {
        RecordStore store = store();
        long in10Minutes = clock.instant().plus(Duration.ofMinutes(10)).getEpochSecond();
        store.create(Item.of("TEMP#x", "T").with(TableDesign.EXPIRES_AT, in10Minutes).with("n", "old"));
        assertTrue(store.get("TEMP#x", "T").isPresent());
        clock.advance(Duration.ofMinutes(11));
        assertTrue(store.get("TEMP#x", "T").isEmpty(), "past expiresAt reads as absent, whether or not TTL deleted it");
        assertEquals(0, store.query(null, "TEMP#x", null, false, 10, null).items().size());
        store.create(Item.of("TEMP#x", "T").with("n", "new"));
        assertEquals("new", store.get("TEMP#x", "T").orElseThrow().string("n").orElseThrow());
    }

    @Test
    void pagesThroughAnIndexWithCursorsNewestFirst() {
        RecordStore store = store();
        for (int i = 0; i < 7; i++) {
            store.create(Item.of("ITEM#p" + i, "ITEM")
                    .with(TableDesign.BY_REGION.partitionKey(), "ACHIEVEMENT#R#44")
                    .with(TableDesign.BY_REGION.sortKey(), "2024-09-0" + (i + 1) + "T00:00:00Z#p" + i));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page page = store.query(TableDesign.BY_REGION, "ACHIEVEMENT#R#44", "2024-09", true, 3, cursor);
            page.items().forEach(item -> seen.add(item.pk()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(List.of("ITEM#p6", "ITEM#p5", "ITEM#p4", "ITEM#p3", "ITEM#p2", "ITEM#p1", "ITEM#p0"), seen);
        assertTrue(pages >= 3);
    }

    @Test
    void refusesCursorsItDidNotIssue() {
        RecordStore store = store();
        String forged = Base64.getUrlEncoder().encodeToString("{\"pk\":\"ITEM#x\",\"sk\":\"ITEM\"}".getBytes());
        assertThrows(InvalidCursorException.class,
                () -> store.query(TableDesign.BY_REGION, "ACHIEVEMENT#R#44", null, true, 3, forged));
        assertThrows(InvalidCursorException.class,
                () -> store.query(TableDesign.BY_REGION, "ACHIEVEMENT#R#44", null, true, 3, "%%%not-base64"));
        assertThrows(InvalidCursorException.class,
                () -> store.query(null, "x", null, true, 3, "A".repeat(Cursor.MAX_LENGTH + 1)));
    }

    @Test
    void deleteSaysWhetherThereWasAnything() {
        RecordStore store = store();
        store.create(Item.of("ITEM#d", "ITEM"));
        assertTrue(store.delete("ITEM#d", "ITEM"));
        assertEquals(false, store.delete("ITEM#d", "ITEM"));
        assertNull(store.get("ITEM#d", "ITEM").orElse(null));
    }
}
