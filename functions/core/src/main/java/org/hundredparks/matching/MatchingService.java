package org.hundredparks.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hundredparks.changefeed.ItemChange;


/**
 * What a change of a list item does to the match lists: a published item is (re)ranked against the
 * lists it pairs with and its list replaced, which also puts it into the lists of the items it fits; an
 * item that is no longer published leaves every list. Deterministic: the same change gives the same
 * lists, so a retried stream record rewrites identical items.
 */
public class MatchingService {

    /** The most matches an item keeps (and the API's largest page). */
    public static final int KEPT = 50;

    private final MatchIndexes indexes;
    private final MatchStore store;
    private final Matcher matcher = new Matcher();

    public MatchingService(MatchIndexes indexes, MatchStore store) {
        this.indexes = indexes;
        this.store = store;
    }

    public void apply(ItemChange change) {
        if (change.after().isEmpty()) {
            MatchIndexes.Source gone = indexes.remove(change.before().orElseThrow());
            store.removeAll(gone.kind(), gone.id());
            return;
        }
        MatchIndexes.Source source = indexes.apply(change.after().get());
        if (source.document() == null) {
            store.removeAll(source.kind(), source.id());
            return;
        }
        store.replace(source.document(), rank(source.document()));
    }

    /** The item's best candidates over all the lists that answer it. */
    List<Match> rank(MatchDocument document) {
        List<Match> all = new ArrayList<>();
        for (MatchKind counterpart : document.kind().counterparts()) {
            all.addAll(matcher.match(document, indexes.of(counterpart), KEPT));
        }
        all.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::candidateId));
        return all.subList(0, Math.min(KEPT, all.size()));
    }

    public List<Match> matchesOf(String itemId, int limit) {
        return store.top(itemId, limit);
    }

    /** Time left over after a batch gives meanings to items a rebuild indexed by their words alone. */
    public void afterBatch() {
        indexes.completeMeanings();
        indexes.snapshotIfDue();
    }
}
