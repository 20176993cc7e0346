package org.hundredparks.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.hundredparks.storage.Documents;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.MemberRows;
import org.hundredparks.storage.Page;
import org.hundredparks.storage.QuerySpec;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;

/**
 * Match lists in the table. An item's list is its own ranking: {@code MATCH#<item> / WITH#<candidate>} holds the
 * candidate's score from the item's side, the {@code ranked} index orders the list by score, and {@code byOwner}
 * under {@code LISTED#<candidate>} names every list a candidate is in, so that a withdrawn item can be taken out of
 * them all. A list is written as a difference from what is stored (new and changed rows, rows no longer in it), in
 * batches; writing the same list again writes nothing.
 */
public class MatchStore {

    private static final int PAGE = 100;
    /** A stored score this close to the new one is left as it is, as long as the list's order stays the ranking's. */
    static final double DRIFT = 0.01;

    private final RecordStore records;

    public MatchStore(RecordStore records) {
        this.records = records;
    }

    /** A list that holds some item: whose list it is. */
    public record Holder(String itemId, MatchKind kind) {
    }

    /**
     * Makes {@code matches} the item's list and marks the item matched when the list is not empty (the reports'
     * "已匹配"); returns whether anything was written.
     */
    public boolean replace(MatchKind kind, String itemId, List<Match> matches) {
        return replace(kind, itemId, matches, candidates -> { });
    }

    /**
     * As {@link #replace(MatchKind, String, List)}; {@code earlierLayout} is told the candidates of rows of the earlier
     * both-ways layout found in the item's partition: their own lists hold the item by rows no withdrawal can find,
     * and are to be settled again (which rewrites them in this layout).
     */
    public boolean replace(MatchKind kind, String itemId, List<Match> matches, Consumer<Map<String, MatchKind>> earlierLayout) {
        Map<String, Item> stored = new HashMap<>();
        records.forEach(QuerySpec.table(MatchingKeys.matches(itemId), MatchingKeys.WITH).page(PAGE, null),
                row -> stored.put(row.sk(), row));
        boolean wasEmpty = stored.isEmpty();
        Map<String, MatchKind> mirrored = new LinkedHashMap<>();
        stored.values().stream().filter(row -> row.string(TableDesign.BY_OWNER.partitionKey()).isEmpty()).forEach(row -> {
            Match pair = Documents.read(row.values().get("match"), Match.class);
            mirrored.put(pair.candidateId(), pair.candidateKind());
        });
        List<Item> puts = new ArrayList<>();
        List<Item> drifted = new ArrayList<>();
        List<String> order = new ArrayList<>(); // the list's order as it would be read: by the rank keys kept or written
        for (Match match : matches) {
            Item row = row(kind, match);
            Item old = stored.remove(row.sk());
            boolean same = old != null && old.values().equals(row.values());
            if (!same && old != null && sameButForDrift(old, match)) {
                drifted.add(row);
                order.add(old.string(TableDesign.RANKED.sortKey()).orElseThrow());
            } else {
                if (!same) {
                    puts.add(row);
                }
                order.add(row.string(TableDesign.RANKED.sortKey()).orElseThrow());
            }
        }
        if (!order.stream().sorted().toList().equals(order)) {
            puts.addAll(drifted); // kept scores would put two rows out of the ranking's order: write them as they are now
        }
        // what is left was in the list and is no longer (rows of the earlier both-ways layout included)
        List<Item> deletes = new ArrayList<>(stored.values());
        if (puts.isEmpty() && deletes.isEmpty()) {
            return false;
        }
        // The mark is written first, when the list empties or fills (a mark row holds hundreds of items, so writing it
        // with every list would cost more than the list): should the rows then fail, the retry reads them as they are
        // (consistently) and writes both again, so a list found as stored has its mark right. Lists of the earlier
        // layout may have none yet.
        if (matches.isEmpty()) {
            marks(kind).remove(itemId);
        } else if (wasEmpty || !mirrored.isEmpty()) {
            marks(kind).set(itemId, "1");
        }
        records.writeAll(puts, deletes);
        if (!mirrored.isEmpty()) {
            earlierLayout.accept(mirrored);
        }
        return true;
    }

    /**
     * Whether a stored row says what {@code match} says, its score within {@link #DRIFT}: every publication moves the
     * weights of words a little, and rewriting a whole list for that would cost most of matching's writes.
     */
    private static boolean sameButForDrift(Item old, Match match) {
        Match was = Documents.read(old.values().get("match"), Match.class);
        return Math.abs(was.score() - match.score()) < DRIFT && was.sharedTerms().equals(match.sharedTerms())
                && was.reasons().equals(match.reasons()) && was.candidateTitle().equals(match.candidateTitle())
                && was.candidateKind() == match.candidateKind()
                && old.string(TableDesign.BY_OWNER.partitionKey()).isPresent(); // not a row of the earlier both-ways layout
    }

    /**
     * The lists the item is in now: by byOwner's {@code LISTED#<id>}, and, for lists written in the earlier both-ways
     * layout (whose rows have no byOwner key), by the item's own partition, where that layout wrote each pair too.
     */
    public List<Holder> holdersOf(String itemId) {
        Map<String, Holder> holders = new LinkedHashMap<>();
        records.forEach(QuerySpec.of(TableDesign.BY_OWNER, MatchingKeys.listed(itemId)).page(PAGE, null), row -> {
            String holder = row.string("itemId").orElseThrow();
            holders.put(holder, new Holder(holder, MatchKind.valueOf(row.string("itemKind").orElseThrow())));
        });
        records.forEach(QuerySpec.table(MatchingKeys.matches(itemId), MatchingKeys.WITH).page(PAGE, null), row -> {
            if (row.string(TableDesign.BY_OWNER.partitionKey()).isEmpty()) {
                Match pair = Documents.read(row.values().get("match"), Match.class);
                holders.putIfAbsent(pair.candidateId(), new Holder(pair.candidateId(), pair.candidateKind()));
            }
        });
        return List.copyOf(holders.values());
    }

    /**
     * The reports count "published and matched": the items of a list whose list is not empty, one member per item
     * of the list's {@link MemberRows}, so a report reads rows, not items.
     */
    private MemberRows marks(MatchKind type) {
        return new MemberRows(records, MatchingKeys.matched(type));
    }

    /** The rows that mark these items of a list as matched, as a bulk load writes them. */
    public static List<Item> matchedRows(MatchKind type, Collection<String> itemIds) {
        Map<String, String> members = new LinkedHashMap<>();
        itemIds.forEach(id -> members.put(id, "1"));
        return MemberRows.rows(MatchingKeys.matched(type), members);
    }

    /** How many candidates each of these items' lists holds now, items with none left out: one count query an item. */
    public Map<String, Integer> counts(Collection<String> itemIds) {
        Map<String, Integer> counts = new HashMap<>();
        for (String id : itemIds) {
            int size = records.count(TableDesign.RANKED, MatchingKeys.matches(id), 1000);
            if (size > 0) {
                counts.put(id, size);
            }
        }
        return counts;
    }

    /** The items of a list whose list is not empty. */
    public Set<String> matched(MatchKind type) {
        return marks(type).members().keySet();
    }

    /** The item's list, best first, ranked 1..n. */
    public List<Match> top(String itemId, int limit) {
        Page page = records.query(TableDesign.RANKED, MatchingKeys.matches(itemId), null, false, limit, null);
        List<Match> top = new ArrayList<>();
        for (Item item : page.items()) {
            Match m = Documents.read(item.values().get("match"), Match.class);
            top.add(new Match(m.itemId(), m.candidateId(), m.candidateKind(), m.candidateTitle(), m.score(), top.size() + 1,
                    m.sharedTerms(), m.reasons()));
        }
        return top;
    }

    private static Item row(MatchKind kind, Match stated) {
        // stored without its rank, which top() gives on reading: a new first entry must not rewrite every row below it
        Match match = new Match(stated.itemId(), stated.candidateId(), stated.candidateKind(), stated.candidateTitle(),
                stated.score(), 0, stated.sharedTerms(), stated.reasons());
        return Item.of(MatchingKeys.matches(match.itemId()), MatchingKeys.with(match.candidateId())).with("type", "MATCH")
                .with("itemId", match.itemId()).with("itemKind", kind.name()).with("candidateId", match.candidateId())
                .with(TableDesign.RANKED.sortKey(), MatchingKeys.rank(match.score(), match.candidateId()))
                .with(TableDesign.BY_OWNER.partitionKey(), MatchingKeys.listed(match.candidateId()))
                .with(TableDesign.BY_OWNER.sortKey(), MatchingKeys.matches(match.itemId()))
                .with("match", Documents.toAttribute(match));
    }
}
