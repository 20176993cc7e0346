package org.hundredparks.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hundredparks.changefeed.ItemChange;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.TableDesign;
import org.jboss.logging.Logger;


/**
 * What changes of list items do to the match lists. An item's list is its ranking against the lists it pairs with
 * as they are now, whatever the order things were published in: {@link #apply} takes each change of a batch into the
 * index, and {@link #settle} then ranks, {@link #CHUNK} changed items at a time, every item whose list they can reach
 * and writes the lists that changed:
 * <ul>
 * <li>the changed items themselves (a withdrawn one's list becomes empty);
 * <li>the items whose lists hold a changed item now (a withdrawn item leaves them, a changed one moves);
 * <li>the items a changed item would look at (its pool by relevance): the lists it is likely to enter (relevance is
 * scaled from each side's own candidates, so this is close to, not exactly, the lists it enters).
 * </ul>
 * Changes that cannot alter a list are skipped: status steps before publishing, and a new version whose text and
 * facts are those of the old. A settle stops at its deadline and names the changed items it left, whose records the
 * stream retries. Deterministic: a retried batch writes nothing new.
 */
public class MatchingService {

    private static final Logger LOG = Logger.getLogger(MatchingService.class);

    /** How many changed items are settled together: their reach is ranked once; between chunks the deadline is checked. */
    static final int CHUNK = 20;
    /**
     * The chunk this container uses now: halved (down to one item) when a chunk runs past the deadline, since the time
     * is checked only between chunks and a large topic's chunk of twenty took 80–110 s on dynalite; doubled back
     * towards {@link #CHUNK} when a settle ends in time.
     */
    private int chunkSize = CHUNK;

    /** The most matches an item keeps (and the API's largest page). */
    public static final int KEPT = 50;

    private final MatchIndexes indexes;
    private final MatchStore store;
    private final Matcher matcher = new Matcher();
    /** How many lists are written at once: DynamoDB takes them in parallel, and each is a few requests in a row. */
    static final int WRITERS = 8;
    private final java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(WRITERS, r -> {
        Thread thread = new Thread(r, "match-list-writer");
        thread.setDaemon(true);
        return thread;
    });
    /** The items this batch changed, until {@link #settle}. */
    private final Map<String, MatchKind> changed = new LinkedHashMap<>();

    public MatchingService(MatchIndexes indexes, MatchStore store) {
        this.indexes = indexes;
        this.store = store;
    }

    /** Takes a change into the index; its effect on the lists is written by {@link #settle}. */
    public synchronized void apply(ItemChange change) {
        if (change.after().isEmpty()) {
            MatchIndexes.Source gone = indexes.remove(change.before().orElseThrow());
            changed.put(gone.id(), gone.kind());
            return;
        }
        Item after = change.after().get();
        boolean same = indexes.sameForMatching(change.before(), after);
        MatchIndexes.Source source = indexes.apply(after);
        if (!same) {
            changed.put(source.id(), source.kind());
        }
    }

    /** {@link #apply}, then {@link #settle}: one change as a batch of its own. */
    public void applyNow(ItemChange change) {
        apply(change);
        settle(Instant.MAX);
    }

    /** The id of the item a change is about, as {@link #settle} names those it left; null for a record matching does not take. */
    public String itemIdOf(ItemChange change) {
        if (!ChangeRouter.concerns(change.keys().string(TableDesign.PK).orElse(null), change.keys().string(TableDesign.SK).orElse(null))) {
            return null;
        }
        return indexes.idOf(change.after().or(change::before).orElseThrow());
    }

    /**
     * Writes the lists the changes since the last settle reach, {@link #CHUNK} changed items at a time, until
     * {@code deadline}; returns the ids of the changed items it had no time for (their records are to be retried).
     * When it fails, the whole batch is to be retried: nothing is kept, since the retry applies the same changes again.
     */
    public synchronized Set<String> settle(Instant deadline) {
        Set<String> ownRecords = new LinkedHashSet<>(changed.keySet()); // the batch's own: named if left, for the retry
        Map<String, MatchKind> elsewhere = indexes.takeChangedElsewhere();
        elsewhere.keySet().removeAll(ownRecords);
        elsewhere.forEach(changed::putIfAbsent);
        List<Map.Entry<String, MatchKind>> pending = new ArrayList<>(changed.entrySet());
        changed.clear();
        boolean settled = false;
        try {
            for (int from = 0, size = chunkSize; from < pending.size(); from += size, size = chunkSize) {
                if (from > 0 && Instant.now().isAfter(deadline)) {
                    Set<String> left = new LinkedHashSet<>();
                    Map<String, MatchKind> unsettledElsewhere = new LinkedHashMap<>();
                    for (Map.Entry<String, MatchKind> e : pending.subList(from, pending.size())) {
                        if (ownRecords.contains(e.getKey())) {
                            left.add(e.getKey());
                        } else { // no record of this batch to retry: kept for the next settle instead
                            unsettledElsewhere.put(e.getKey(), e.getValue());
                        }
                    }
                    indexes.giveBack(unsettledElsewhere);
                    LOG.infof("settle ran out of time: %d of %d changed items left for the retry", left.size(), pending.size());
                    settled = true;
                    return left;
                }
                Map<String, MatchKind> chunk = new LinkedHashMap<>();
                pending.subList(from, Math.min(pending.size(), from + size)).forEach(e -> chunk.put(e.getKey(), e.getValue()));
                settle(chunk);
                if (Instant.now().isAfter(deadline) && size > 1) {
                    chunkSize = Math.max(1, size / 2);
                    LOG.infof("a chunk of %d ran past the deadline: %d at a time from now on", size, chunkSize);
                }
            }
            settled = true;
            if (Instant.now().isBefore(deadline)) {
                chunkSize = Math.min(CHUNK, chunkSize * 2);
            }
            return new LinkedHashSet<>(); // a set that may be asked about null (a record matching does not take)
        } finally {
            if (!settled) {
                indexes.giveBack(elsewhere); // the batch's own changes come again with its retry; these would not
            }
        }
    }

    /** Ranks every list these changed items reach, once, and writes those that changed. */
    private void settle(Map<String, MatchKind> chunk) {
        Map<String, MatchKind> rewrite = new LinkedHashMap<>(chunk);
        chunk.keySet().forEach(id -> store.holdersOf(id).forEach(holder -> rewrite.put(holder.itemId(), holder.kind())));
        Map<String, MatchDocument> documents = new LinkedHashMap<>(indexes.documents(rewrite));
        Map<String, MatchKind> reached = new LinkedHashMap<>();
        for (Map.Entry<String, MatchKind> item : chunk.entrySet()) {
            MatchDocument document = documents.get(item.getKey());
            if (document != null) {
                for (MatchKind counterpart : item.getValue().counterparts()) {
                    matcher.reach(document, indexes.of(counterpart)).forEach(id -> reached.putIfAbsent(id, counterpart));
                }
            }
        }
        reached.keySet().removeAll(rewrite.keySet());
        documents.putAll(indexes.documents(reached));
        // ranking is the index's (one at a time); writing is the table's, several lists at once
        List<Runnable> writes = new ArrayList<>();
        int[] written = {0};
        for (Map.Entry<String, MatchKind> item : rewrite.entrySet()) {
            List<Match> list = rank(documents.get(item.getKey()));
            writes.add(() -> count(written, store.replace(item.getValue(), item.getKey(), list, this::earlierLayout)));
        }
        for (Map.Entry<String, MatchKind> item : reached.entrySet()) {
            List<Match> list = rank(documents.get(item.getKey()));
            // a list the changed items do not enter is left as it is: it differs from its ranking now only by
            // the drift of the words' weights (each publication moves them a little), which is not worth a write
            if (list.stream().anyMatch(m -> chunk.containsKey(m.candidateId()))) {
                writes.add(() -> count(written, store.replace(item.getValue(), item.getKey(), list, this::earlierLayout)));
            }
        }
        runAll(writes);
        LOG.infof("settled %d changed items: %d lists ranked, %d written", chunk.size(), rewrite.size() + reached.size(), written[0]);
    }

    /**
     * A list written in the earlier both-ways layout named these candidates, whose own lists hold it by rows the
     * withdrawal path cannot find (they have no byOwner key): their lists are settled next, which rewrites those rows.
     */
    private void earlierLayout(Map<String, MatchKind> candidates) {
        indexes.giveBack(candidates);
    }

    private static synchronized void count(int[] written, boolean wrote) {
        written[0] += wrote ? 1 : 0;
    }

    /** Runs the writes {@link #WRITERS} at a time and waits for them all; the first failure is thrown. */
    private void runAll(List<Runnable> writes) {
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        writes.forEach(write -> running.add(writers.submit(write)));
        RuntimeException failure = null;
        for (java.util.concurrent.Future<?> write : running) {
            try {
                write.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failure = failure != null ? failure
                        : e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing match lists", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The item's list as ranking it now gives: empty for an item that is not in the index (not published, or gone). */
    List<Match> rank(MatchDocument document) {
        if (document == null) {
            return List.of();
        }
        List<Match> all = new ArrayList<>();
        for (MatchKind counterpart : document.kind().counterparts()) {
            all.addAll(matcher.match(document, indexes.of(counterpart), KEPT));
        }
        all.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::candidateId));
        return all.subList(0, Math.min(KEPT, all.size()));
    }

    MatchIndexes indexes() {
        return indexes;
    }

    int chunkSize() {
        return chunkSize;
    }

    /** Loads the indexes ahead of the first batch ({@link MatchIndexes#prepare()}). */
    public void prepare() {
        indexes.prepare();
    }

    /** After a SnapStart restore ({@link MatchIndexes#restored()}). */
    public void restored() {
        indexes.restored();
    }

    public List<Match> matchesOf(String itemId, int limit) {
        return store.top(itemId, limit);
    }

    /** Time left over after a batch gives meanings to items a rebuild indexed by their words alone. */
    public void afterBatch() {
        afterBatch(Instant.MAX);
    }

    /** As {@link #afterBatch()}, within the invocation's time: meanings until {@code until}, a snapshot only before it. */
    public void afterBatch(Instant until) {
        indexes.completeMeanings(until);
        if (Instant.now().isBefore(until)) {
            indexes.snapshotIfDue();
        }
    }
}
