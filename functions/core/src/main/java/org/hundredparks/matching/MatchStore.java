package org.hundredparks.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hundredparks.storage.Documents;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.MemberRows;
import org.hundredparks.storage.Page;
import org.hundredparks.storage.QuerySpec;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;

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

    /**
     * Makes {@code matches} the item's list: writes each pair both ways and takes out the pairs the
     * item had before that are no longer among them.
     */
    public void replace(MatchDocument item, List<Match> matches) {
        Set<String> keep = new HashSet<>();
        for (Match match : matches) {
            keep.add(match.candidateId());
            write(match);
            write(new Match(match.candidateId(), item.id(), item.kind(), item.title(), match.score(), 0,
                    match.sharedTerms(), match.reasons()));
        }
        for (String other : partners(item.id())) {
            if (!keep.contains(other)) {
                records.delete(MatchingKeys.matches(other), MatchingKeys.with(item.id()));
                records.delete(MatchingKeys.matches(item.id()), MatchingKeys.with(other));
            }
        }
        if (matches.isEmpty()) {
            marks(item.kind()).remove(item.id());
        } else {
            marks(item.kind()).set(item.id(), String.valueOf(matches.size()));
        }
    }

    /**
     * The reports count "published and matched": which items of a list the last matching found candidates for,
     * one member per item of the list's {@link MemberRows}, so a report reads rows, not items.
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

    /**
     * How many candidates each of these items' lists holds now (its own matching's and those written into it by its
     * counterparts'), items with none left out: one count query an item, for a page of cards.
     */
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

    /** The items of a list whose last matching found candidates. */
    public Set<String> matched(MatchKind type) {
        return marks(type).members().keySet();
    }

    /** Takes the item out of every list, its own included. */
    public void removeAll(MatchKind type, String itemId) {
        for (String other : partners(itemId)) {
            records.delete(MatchingKeys.matches(other), MatchingKeys.with(itemId));
            records.delete(MatchingKeys.matches(itemId), MatchingKeys.with(other));
        }
        marks(type).remove(itemId);
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

    private void write(Match match) {
        records.overwrite(Item.of(MatchingKeys.matches(match.itemId()), MatchingKeys.with(match.candidateId())).with("type", "MATCH")
                .with("itemId", match.itemId()).with("candidateId", match.candidateId())
                .with(TableDesign.RANKED.sortKey(), MatchingKeys.rank(match.score(), match.candidateId()))
                .with("match", Documents.toAttribute(match)));
    }

    private List<String> partners(String itemId) {
        List<String> partners = new ArrayList<>();
        records.forEach(QuerySpec.table(MatchingKeys.matches(itemId), MatchingKeys.WITH).page(PAGE, null), i -> i.string("candidateId").ifPresent(partners::add));
        return partners;
    }
}
