package org.hundredparks.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of {@value #SHARDS} rows that collect one attribute per member (attribute name = the member's id), so
 * that a whole set is read with a few BatchGetItem requests instead of one read per member. The owner of the
 * set names it ({@code SUMMARY#ACHIEVEMENT}, {@code MATCHED#CHALLENGE}, ...) and decides what a value means;
 * this class only shards, reads and writes. A member's row is its id's hash modulo {@value #SHARDS}: at
 * 100,000 members a row holds about 400 (a few KB, the unit one write of it costs), spread over partitions.
 */
public final class MemberRows {

    public static final int SHARDS = 256;
    /** The sort key of every row. */
    public static final String SK = "MEMBERS";

    private final RecordStore records;
    private final String set;

    public MemberRows(RecordStore records, String set) {
        this.records = records;
        this.set = set;
    }

    /** The row key pattern, for the layout declarations. */
    public static String rowPattern(String set) {
        return set + "#<000-255>";
    }

    /**
     * Raises the member's value to {@code value} if it is absent or lower (creating the row when needed): for
     * values that begin with a version, so retries, replays and late writes all leave the newest.
     */
    public void raise(String id, String value) {
        records.raiseOrCreate(row(id), SK, id, value);
    }

    /** Sets the member's value whatever it was (creating the row when needed): for a mark that a retry sets again. */
    public void set(String id, String value) {
        records.setAttribute(row(id), SK, id, value);
    }

    public void remove(String id) {
        records.removeAttribute(row(id), SK, id);
    }

    /** Every member (id → value) of the set. */
    public Map<String, String> members() {
        List<String> keys = new ArrayList<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            keys.add(row(set, shard));
        }
        Map<String, String> members = new HashMap<>();
        for (Item row : records.getAll(keys, SK).values()) {
            row.values().forEach((name, value) -> {
                if (!name.equals(TableDesign.PK) && !name.equals(TableDesign.SK)) {
                    members.put(name, value.s());
                }
            });
        }
        return members;
    }

    /** The rows holding these members (id → value), one item per shard, as a bulk load writes them. */
    public static List<Item> rows(String set, Map<String, String> members) {
        Map<String, Item> rows = new LinkedHashMap<>();
        members.forEach((id, value) -> rows.computeIfAbsent(row(set, shard(id)), pk -> Item.of(pk, SK)).with(id, value));
        return List.copyOf(rows.values());
    }

    private String row(String id) {
        return row(set, shard(id));
    }

    private static String row(String set, int shard) {
        return set + "#" + String.format("%03d", shard);
    }

    static int shard(String id) {
        return Math.floorMod(id.hashCode(), SHARDS);
    }
}
