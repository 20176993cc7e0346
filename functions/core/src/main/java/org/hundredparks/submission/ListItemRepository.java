package org.hundredparks.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

    public static final String SK = "ITEM";

    private final RecordStore records;
    private final ItemSummaries summaries;

    public ListItemRepository(RecordStore records) {
        this.records = records;
        this.summaries = new ItemSummaries(records);
    }

    public static String newId(ListType type, String ownerOrganisationId, String externalId) {
        String prefix = switch (type) {
            case ACHIEVEMENT -> "ach_";
            case CHALLENGE -> "chl_";
            case TALENT_NEED -> "tal_";
            case STAFF_OFFER -> "stf_";
        };
        if (externalId == null || externalId.isBlank()) {
            return prefix + UUID.randomUUID().toString().replace("-", "");
        }
        return prefix + sha256(ownerOrganisationId + "\n" + type + "\n" + externalId).substring(0, 32);
    }

    /** @throws org.hundredparks.storage.ConditionFailedException when the id exists */
    public void create(ListItem item) {
        records.create(toItem(item));
        summaries.record(item);
    }

    public Optional<ListItem> find(String id) {
        return records.get(pk(id), SK).map(ListItemRepository::fromItem);
    }

    /** The stored items among these ids (absent ones left out), read in batches. */
    public java.util.Map<String, ListItem> findAll(List<String> ids) {
        java.util.Map<String, ListItem> found = new java.util.HashMap<>();
        records.getAll(ids.stream().map(ListItemRepository::pk).toList(), SK)
                .forEach((pk, item) -> found.put(pk.substring("ITEM#".length()), fromItem(item)));
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

    public static String pk(String id) {
        return "ITEM#" + id;
    }

    static String byRegion(ListType type, String regionCode) {
        return type + "#R#" + regionCode.substring(0, 2);
    }

    static String byPark(ListType type, String parkId) {
        return type + "#P#" + parkId;
    }

    public static String byStatus(ListType type, ItemStatus status) {
        return type + "#" + status;
    }

    static String byOwner(String organisationId) {
        return "ORG#" + organisationId;
    }

    static String changed(Instant updatedAt, String id) {
        return updatedAt + "#" + id;
    }

    /** The field a list is filtered by ("field" in the API): the technology field, or the discipline. */
    public static String fieldOf(ListItemFields fields) {
        return field(fields);
    }

    static String field(ListItemFields fields) {
        if (fields instanceof AchievementFields a) {
            return a.technologyField();
        }
        if (fields instanceof ChallengeFields c) {
            return c.technologyField();
        }
        if (fields instanceof TalentNeedFields t) {
            return t.discipline();
        }
        StaffOfferFields s = (StaffOfferFields) fields;
        return s.researchAreas() == null || s.researchAreas().isEmpty() ? null : s.researchAreas().get(0);
    }

    /** The stored form of an item (its keys, index attributes and fields document). */
    public static Item toItem(ListItem i) {
        ListItemFields f = i.fields();
        String changed = changed(i.updatedAt(), i.id());
        Item item = Item.of(pk(i.id()), SK)
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
                .with("field", field(f))
                .with(RecordStore.VERSION, i.version())
                .with("createdAt", i.createdAt().toString())
                .with("updatedAt", i.updatedAt().toString())
                .with("publishedAt", i.publishedAt() == null ? null : i.publishedAt().toString())
                .with("fields", Documents.toAttribute(f))
                .with(TableDesign.BY_REGION.partitionKey(), byRegion(i.type(), f.regionCode()))
                .with(TableDesign.BY_REGION.sortKey(), changed)
                .with(TableDesign.BY_STATUS.partitionKey(), byStatus(i.type(), i.status()))
                .with(TableDesign.BY_STATUS.sortKey(), changed)
                .with(TableDesign.BY_OWNER.partitionKey(), byOwner(i.ownerOrganisationId()))
                .with(TableDesign.BY_OWNER.sortKey(), i.type() + "#" + changed);
        if (f.parkId() != null && !f.parkId().isBlank()) {
            item.with(TableDesign.BY_PARK.partitionKey(), byPark(i.type(), f.parkId()))
                    .with(TableDesign.BY_PARK.sortKey(), changed);
        }
        return item;
    }

    public static ListItem fromItem(Item item) {
        ListType type = ListType.valueOf(item.string("type").orElseThrow());
        return new ListItem(item.string("id").orElseThrow(), type,
                    ItemStatus.valueOf(item.string("status").orElseThrow()), item.string("closedReason").orElse(null),
                    item.string("ownerOrganisationId").orElseThrow(), item.string("createdBy").orElse(null),
                    item.number(RecordStore.VERSION).orElse(1L),
                    Instant.parse(item.string("createdAt").orElseThrow()), Instant.parse(item.string("updatedAt").orElseThrow()),
                    item.string("publishedAt").map(Instant::parse).orElse(null),
                Documents.read(item.values().get("fields"), type.fieldsType()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
