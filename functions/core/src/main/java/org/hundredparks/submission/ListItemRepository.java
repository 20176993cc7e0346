package org.hundredparks.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.hundredparks.platform.Hashes;
import org.hundredparks.reference.Regions;
import org.hundredparks.storage.ConditionFailedException;
import org.hundredparks.storage.Documents;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.Page;
import org.hundredparks.storage.QuerySpec;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;

/**
 * List items in the table (docs/data-model.md, patterns 1–6). An item with an {@code externalId} gets an
 * id derived from its owner, list and external id, so that the item's own conditional create makes
 * the external id unique per organisation: one write, no separate claim record.
 */
public class ListItemRepository {

    private final RecordStore records;
    private final ItemSummaries summaries;

    public ListItemRepository(RecordStore records) {
        this.records = records;
        this.summaries = new ItemSummaries(records);
    }

    public static String newId(ListType type, String ownerOrganisationId, String externalId) {
        String prefix = type.idPrefix();
        if (externalId == null || externalId.isBlank()) {
            return prefix + UUID.randomUUID().toString().replace("-", "");
        }
        return Hashes.derivedId(prefix, 32, ownerOrganisationId, type, externalId);
    }

    /** @throws ConditionFailedException when the id exists */
    public void create(ListItem item) {
        records.create(toItem(item));
        summaries.record(item);
    }

    public Optional<ListItem> find(String id) {
        return record(id).map(ListItemRepository::fromItem);
    }

    /** The stored record of an item, for a reader that indexes stored records as the change stream brings them (matching). */
    public Optional<Item> record(String id) {
        return records.get(SubmissionKeys.item(id), SubmissionKeys.ITEM);
    }

    /** Whether a key (a stream record's) is a list item's. */
    /** The keys of a list item's record, for a reader of the change stream. */
    public static final org.hundredparks.storage.KeyPattern RECORD_KEYS = SubmissionKeys.ITEM_RECORD;

    public static boolean isListItem(Item keys) {
        return SubmissionKeys.isItem(keys.string(TableDesign.PK).orElse(null), keys.string(TableDesign.SK).orElse(null));
    }

    /**
     * Hands on the stored record of every item of a list in a status whose last change is at {@code changedFrom} or
     * later (null: all), page by page; returns how many.
     */
    public int forEachRecord(ListType type, ItemStatus status, Instant changedFrom, Consumer<Item> each) {
        QuerySpec spec = QuerySpec.of(TableDesign.BY_STATUS, SubmissionKeys.byStatus(type, status)).page(500, null);
        return records.forEach(changedFrom == null ? spec : spec.from(changedFrom.toString()), each);
    }

    /** Every item of a list in a status. */
    public List<ListItem> all(ListType type, ItemStatus status) {
        List<ListItem> all = new ArrayList<>();
        forEachRecord(type, status, null, item -> all.add(fromItem(item)));
        return all;
    }

    /** The stored records among these ids by id (absent ones left out), read in batches, for a reader that indexes them. */
    public Map<String, Item> records(List<String> ids) {
        Map<String, Item> found = new HashMap<>();
        records.getAll(ids.stream().map(SubmissionKeys::item).toList(), SubmissionKeys.ITEM)
                .forEach((pk, item) -> found.put(item.string("id").orElseThrow(), item));
        return found;
    }

    /** The stored items among these ids (absent ones left out), read in batches. */
    public Map<String, ListItem> findAll(List<String> ids) {
        Map<String, ListItem> found = new HashMap<>();
        records.getAll(ids.stream().map(SubmissionKeys::item).toList(), SubmissionKeys.ITEM)
                .forEach((pk, item) -> found.put(item.string("id").orElseThrow(), fromItem(item)));
        return found;
    }

    /** Stores {@code next} if the stored version is still {@code expectedVersion}; returns it with the new version. */
    public ListItem replace(ListItem next, long expectedVersion) {
        Item stored = records.replace(toItem(next), expectedVersion);
        ListItem replaced = fromItem(stored);
        summaries.record(replaced);
        return replaced;
    }

    public record Found(List<ListItem> items, String nextCursor) {
    }

    public Found query(QuerySpec spec) {
        Page page = records.query(spec);
        return new Found(page.items().stream().map(ListItemRepository::fromItem).toList(), page.nextCursor());
    }

    /** The stored form of an item (its keys, index attributes and fields document). */
    public static Item toItem(ListItem i) {
        ListItemFields f = i.fields();
        String changed = SubmissionKeys.changed(i.updatedAt(), i.id());
        Item item = Item.of(SubmissionKeys.item(i.id()), SubmissionKeys.ITEM)
                .with("type", i.type().name())
                .with("id", i.id())
                .with("status", i.status().name())
                .with("closedReason", i.closedReason())
                .with("ownerOrganisationId", i.ownerOrganisationId())
                .with("createdBy", i.createdBy())
                .with("externalId", f.externalId())
                .with("title", f.title())
                .with("regionCode", f.regionCode())
                .with("parkId", f.parkId())
                .with("field", f.field())
                .with(RecordStore.VERSION, i.version())
                .with("createdAt", i.createdAt().toString())
                .with("updatedAt", i.updatedAt().toString())
                .with("publishedAt", i.publishedAt() == null ? null : i.publishedAt().toString())
                .with("fields", Documents.toAttribute(f))
                .with(TableDesign.BY_REGION.partitionKey(), SubmissionKeys.byRegion(i.type(), Regions.province(f.regionCode())))
                .with(TableDesign.BY_REGION.sortKey(), changed)
                .with(TableDesign.BY_STATUS.partitionKey(), SubmissionKeys.byStatus(i.type(), i.status()))
                .with(TableDesign.BY_STATUS.sortKey(), changed)
                .with(TableDesign.BY_OWNER.partitionKey(), TableDesign.ownedBy(i.ownerOrganisationId()))
                .with(TableDesign.BY_OWNER.sortKey(), SubmissionKeys.owned(i.type(), i.updatedAt(), i.id()));
        if (f.parkId() != null && !f.parkId().isBlank()) {
            item.with(TableDesign.BY_PARK.partitionKey(), SubmissionKeys.byPark(i.type(), f.parkId()))
                    .with(TableDesign.BY_PARK.sortKey(), changed);
        }
        return item;
    }

    /** A stored item's list, without reading its fields document. */
    public static ListType typeOf(Item item) {
        return ListType.valueOf(item.string("type").orElseThrow());
    }

    /** A stored item's id, without reading its fields document. */
    public static String idOf(Item item) {
        return item.string("id").orElseThrow();
    }

    public static ListItem fromItem(Item item) {
        ListType type = typeOf(item);
        return new ListItem(idOf(item), type,
                    ItemStatus.valueOf(item.string("status").orElseThrow()), item.string("closedReason").orElse(null),
                    item.string("ownerOrganisationId").orElseThrow(), item.string("createdBy").orElse(null),
                    item.number(RecordStore.VERSION).orElse(1L),
                    Instant.parse(item.string("createdAt").orElseThrow()), Instant.parse(item.string("updatedAt").orElseThrow()),
                    item.string("publishedAt").map(Instant::parse).orElse(null),
                Documents.read(item.values().get("fields"), type.fieldsType()));
    }
}
