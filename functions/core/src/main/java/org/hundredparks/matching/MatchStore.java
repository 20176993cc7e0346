package org.hundredparks.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hundredparks.storage.Documents;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.Page;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;
import org.hundredparks.submission.ItemSummaries;

/**
 * Match lists in the table. A match of A and B is stored twice, once in each list ({@code MATCH#A /
 * WITH#B} and {@code MATCH#B / WITH#A}), so that a new achievement shows in the lists of the challenges
 * it fits, and an item leaving takes itself out of every list it is in (its own list names them all).
 * Keys are the two ids, so writing the same result again changes nothing; the {@code ranked} index
 * orders a list by score.
 */
public class MatchStore {

    private static final int PAGE = 100;

    private final RecordStore records;

    public MatchStore(RecordStore records) {
        this.records = records;
    }

    static String pk(String itemId) {
        return "MATCH#" + itemId;
    }

    static String sk(String otherId) {
        return "WITH#" + otherId;
    }

    /** Highest score first; ties by id, so that the order is stable. */
    static String rankKey(double score, String otherId) {
        long inverted = 99_999_999L - Math.max(0, Math.min(99_999_999L, Math.round(score * 1_000_000)));
        return String.format("%08d#%s", inverted, otherId);
    }

    /**
     * Makes {@code matches} the item's list: writes each pair both ways and takes out the pairs the
     * item had before that are no longer among them.
     */
    public void replace(MatchDocument item, List<Match> matches) {
        Set<String> keep = new HashSet<>();
        for (Match match : matches) {
            keep.add(match.candidateId());
            write(match);
            write(new Match(match.candidateId(), item.id(), item.type(), item.title(), match.score(), 0,
                    match.sharedTerms(), match.reasons()));
        }
        for (String other : partners(item.id())) {
            if (!keep.contains(other)) {
                records.delete(pk(other), sk(item.id()));
                records.delete(pk(item.id()), sk(other));
            }
        }
        if (matches.isEmpty()) {
            records.removeAttribute(matchedRow(item.type(), item.id()), ItemSummaries.SK, item.id());
        } else {
            records.setAttribute(matchedRow(item.type(), item.id()), ItemSummaries.SK, item.id(), String.valueOf(matches.size()));
        }
    }

    /**
     * The reports count "published and matched": which items of a list the last matching found candidates for,
     * one attribute per item in the same {@code ItemSummaries} shards, so a report reads rows, not items.
     */
    private static String matchedRow(MatchKind type, String itemId) {
        return ItemSummaries.row(matchedPrefix(type), itemId);
    }

    private static String matchedPrefix(MatchKind type) {
        return "MATCHED#" + type;
    }

    /** The rows that mark these items of a list as matched, as a bulk load writes them. */
    public static List<Item> matchedRows(MatchKind type, java.util.Collection<String> itemIds) {
        java.util.Map<String, String> members = new java.util.LinkedHashMap<>();
        itemIds.forEach(id -> members.put(id, "1"));
        return ItemSummaries.rows(matchedPrefix(type), members);
    }

    /** The items of a list whose last matching found candidates. */
    public Set<String> matched(MatchKind type) {
        return ItemSummaries.members(records, matchedPrefix(type)).keySet();
    }

    /** Takes the item out of every list, its own included. */
    public void removeAll(MatchKind type, String itemId) {
        for (String other : partners(itemId)) {
            records.delete(pk(other), sk(itemId));
            records.delete(pk(itemId), sk(other));
        }
        records.removeAttribute(matchedRow(type, itemId), ItemSummaries.SK, itemId);
    }

    /** The item's list, best first, ranked 1..n. */
    public List<Match> top(String itemId, int limit) {
        Page page = records.query(TableDesign.RANKED, pk(itemId), null, false, limit, null);
        List<Match> top = new ArrayList<>();
        for (Item item : page.items()) {
            Match m = Documents.read(item.values().get("match"), Match.class);
            top.add(new Match(m.itemId(), m.candidateId(), m.candidateType(), m.candidateTitle(), m.score(), top.size() + 1,
                    m.sharedTerms(), m.reasons()));
        }
        return top;
    }

    private void write(Match match) {
        records.overwrite(Item.of(pk(match.itemId()), sk(match.candidateId())).with("type", "MATCH")
                .with("itemId", match.itemId()).with("candidateId", match.candidateId())
                .with(TableDesign.RANKED.sortKey(), rankKey(match.score(), match.candidateId()))
                .with("match", Documents.toAttribute(match)));
    }

    private List<String> partners(String itemId) {
        List<String> partners = new ArrayList<>();
        String cursor = null;
        do {
            Page page = records.query(null, pk(itemId), "WITH#", false, PAGE, cursor);
            page.items().forEach(i -> i.string("candidateId").ifPresent(partners::add));
            cursor = page.nextCursor();
        } while (cursor != null);
        return partners;
    }
}
