package org.hundredparks.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hundredparks.changefeed.ItemChange;
import org.hundredparks.storage.Item;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListItemRepository;
import org.hundredparks.submission.ListType;

/**
 * What a change of a list item does to the match lists: a published item is (re)ranked against the
 * lists it pairs with and its list replaced, which also puts it into the lists of the items it fits; an
 * item that is no longer published leaves every list. Deterministic: the same change gives the same
 * lists, so a retried stream record rewrites identical items.
 */
public class MatchingService {

    /** Which lists answer which: people can answer a challenge too. */
    static final Map<ListType, List<ListType>> COUNTERPARTS = Map.of(
            ListType.CHALLENGE, List.of(ListType.ACHIEVEMENT, ListType.STAFF_OFFER),
            ListType.ACHIEVEMENT, List.of(ListType.CHALLENGE),
            ListType.TALENT_NEED, List.of(ListType.STAFF_OFFER),
            ListType.STAFF_OFFER, List.of(ListType.TALENT_NEED, ListType.CHALLENGE));

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
            Item before = change.before().orElseThrow();
            ListItem gone = ListItemRepository.fromItem(before);
            indexes.remove(gone.type(), gone.id());
            store.removeAll(gone.id());
            return;
        }
        ListItem item = ListItemRepository.fromItem(change.after().get());
        MatchDocument document = indexes.apply(item);
        if (document == null) {
            store.removeAll(item.id());
            return;
        }
        store.replace(document, rank(document));
    }

    /** The item's best candidates over all the lists that answer it. */
    List<Match> rank(MatchDocument document) {
        List<Match> all = new ArrayList<>();
        for (ListType counterpart : COUNTERPARTS.get(document.type())) {
            all.addAll(matcher.match(document, indexes.of(counterpart), KEPT));
        }
        all.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::candidateId));
        return all.subList(0, Math.min(KEPT, all.size()));
    }

    public List<Match> matchesOf(String itemId, int limit) {
        return store.top(itemId, limit);
    }

    public void afterBatch() {
        indexes.snapshotIfDue();
    }
}
