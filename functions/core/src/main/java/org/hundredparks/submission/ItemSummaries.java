package org.hundredparks.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;

/**
 * What the reports count list items by (status, region, park, field, a talent need's role), kept beside the
 * items in {@value #SHARDS} rows per list, so that a national report reads about a thousand rows instead of
 * every item of the three lists and the staff offers.
 *
 * <p>Each item is one attribute of its shard row, named by its id; its value begins with the item's version,
 * zero-padded, and a write only ever raises it. The repository writes it after each item write, and the
 * change stream writes it again (the repair when that second write was lost): retries, replays and a late
 * older write all leave the newest entry. Sharding keeps a row near 8 KB at 100,000 items (the unit a write
 * of it costs) and spreads the rows over partitions.
 */
public final class ItemSummaries {

    public static final int SHARDS = 256;
    public static final String SK = "SUMMARY";

    private final RecordStore records;

    public ItemSummaries(RecordStore records) {
        this.records = records;
    }

    /** Records the item as it is now, unless a newer version of it is recorded already. */
    public void record(ListItem item) {
        records.raiseOrCreate(row(prefix(item.type()), item.id()), SK, item.id(), entry(item));
    }

    /** The change stream's copy of the write: records a list item's new image (the repair path; see above). */
    public void apply(org.hundredparks.changefeed.ItemChange change) {
        boolean listItem = change.keys().string(TableDesign.PK).orElse("").startsWith("ITEM#")
                && ListItemRepository.SK.equals(change.keys().string(TableDesign.SK).orElse(""));
        if (listItem && change.after().isPresent()) {
            record(ListItemRepository.fromItem(change.after().get()));
        }
    }

    /** Every recorded item of a list, as {@link #toItem(String, ListType, String) summary items}. */
    public List<ListItem> all(ListType type) {
        List<ListItem> items = new ArrayList<>();
        members(records, prefix(type)).forEach((id, entry) -> items.add(toItem(id, type, entry)));
        return items;
    }

    /**
     * Every member (attribute name → value) of the {@value #SHARDS} rows under a prefix, read by BatchGetItem: the
     * one read of a row set that collects one attribute per item (these summaries, the matching's "matched" marks).
     */
    public static Map<String, String> members(RecordStore records, String prefix) {
        List<String> keys = new ArrayList<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            keys.add(row(prefix, shard));
        }
        Map<String, String> members = new java.util.HashMap<>();
        for (Item row : records.getAll(keys, SK).values()) {
            row.values().forEach((name, value) -> {
                if (!name.equals(TableDesign.PK) && !name.equals(TableDesign.SK)) {
                    members.put(name, value.s());
                }
            });
        }
        return members;
    }

    /** The shard rows for these items, as a rebuild or a bulk load writes them (one row per shard). */
    public static List<Item> rows(List<ListItem> items) {
        List<Item> rows = new ArrayList<>();
        for (ListType type : ListType.values()) {
            Map<String, String> members = new java.util.LinkedHashMap<>();
            items.stream().filter(i -> i.type() == type).forEach(i -> members.put(i.id(), entry(i)));
            rows.addAll(rows(prefix(type), members));
        }
        return rows;
    }

    /** The rows under {@code prefix} holding these members (id → value), one per shard, for a bulk write. */
    public static List<Item> rows(String prefix, Map<String, String> members) {
        Map<String, Item> rows = new java.util.LinkedHashMap<>();
        members.forEach((id, value) -> rows.computeIfAbsent(row(prefix, id), pk -> Item.of(pk, SK)).with(id, value));
        return List.copyOf(rows.values());
    }

    private static String prefix(ListType type) {
        return "SUMMARY#" + type.name();
    }

    /** The row under {@code prefix} that holds the member {@code id}. */
    public static String row(String prefix, String id) {
        return row(prefix, shard(id));
    }

    private static String row(String prefix, int shard) {
        return prefix + "#" + String.format("%03d", shard);
    }

    static int shard(String id) {
        return Math.floorMod(id.hashCode(), SHARDS);
    }

    /** {@code version|status|region|park|field|role}: the version first, so that a newer entry compares higher. */
    static String entry(ListItem item) {
        ListItemFields f = item.fields();
        String role = f instanceof TalentNeedFields t && t.role() != null ? t.role().name() : "";
        return String.format("%012d", item.version()) + "|" + item.status().name() + "|" + clean(f.regionCode()) + "|"
                + clean(f.parkId()) + "|" + clean(ListItemRepository.field(f)) + "|" + role;
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('|', '/');
    }

    /**
     * A list item holding only what the summary says: its id, list, status, version, and in its fields the
     * region, park, field and (talent needs) role. Nothing else may be read from it.
     */
    static ListItem toItem(String id, ListType type, String entry) {
        String[] parts = entry.split("\\|", -1);
        String region = blankToNull(parts[2]);
        String park = blankToNull(parts[3]);
        String field = blankToNull(parts[4]);
        ListItemFields fields = switch (type) {
            case ACHIEVEMENT -> new AchievementFields(null, null, null, field, null, null, null, null, null, null, region, park, null);
            case CHALLENGE -> new ChallengeFields(null, null, null, null, null, null, null, null, null, null, null, field, null, null,
                    region, park, null);
            case STAFF_OFFER -> new StaffOfferFields(null, null, null, null, null, field == null ? List.of() : List.of(field), null,
                    null, null, null, region, park, null);
            case TALENT_NEED -> new TalentNeedFields(null, null, parts[5].isEmpty() ? null : SecondmentRole.valueOf(parts[5]), field,
                    null, null, null, null, null, region, park, null);
        };
        return new ListItem(id, type, ItemStatus.valueOf(parts[1]), null, null, null, Long.parseLong(parts[0]), Instant.EPOCH,
                Instant.EPOCH, null, fields);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
