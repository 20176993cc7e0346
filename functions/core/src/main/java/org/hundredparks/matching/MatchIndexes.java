package org.hundredparks.matching;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.hundredparks.enterprise.Enterprise;
import org.hundredparks.enterprise.EnterpriseService;
import org.hundredparks.platform.ColdStart;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.submission.ItemStatus;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListItemRepository;
import org.hundredparks.submission.ListType;
import org.jboss.logging.Logger;

/**
 * The four lists' match indexes, held by a warm function container. Loaded once from the snapshot in
 * S3 ({@code matching/index/v7/snapshot.bin.gz}, the indexes as arrays), then brought up to date from
 * the table: every item whose byStatus sort key (its update time) is newer than the snapshot, read by
 * index query, never by scan. Kept current from the change feed after that, and written back as a new
 * snapshot every {@code snapshotEvery} changes, so the next cold start has little to catch up.
 *
 * <p>When the snapshot is missing or unreadable, the indexes are rebuilt from the published items (one
 * query per list), which is also how a stale or damaged snapshot is replaced. Another container's
 * changes reach this one through the catch-up at its next cold start, and through the stream records
 * it receives itself, and the lists those changes reach are settled again here ({@link #takeChangedElsewhere}).
 *
 * <p>An item's meaning (its text through the embedding model, about 20 ms) is the slow part of indexing
 * it. Loading gives meanings for at most {@code meaningBudget}; items read after that are indexed by their
 * words alone, and each later invocation spends up to the same budget giving them meanings (re-reading
 * them by key), so a rebuild of 100,000 items fits the function's timeout and is complete after about 150
 * invocations (about 700 meanings each). Until then such an item is matched on its words, as before
 * meanings existed.
 */
public class MatchIndexes {

    private static final Logger LOG = Logger.getLogger(MatchIndexes.class);
    // A new key and version also when the embedding model or what it is given changes: the snapshot's meanings are
    // kept for as long as their items' texts stay the same (keepingMeaning), so old ones would never be replaced.
    static final String SNAPSHOT_KEY = "matching/index/v7/snapshot.bin.gz";
    private static final int VERSION = 7;

    private final ListItemRepository items;
    private final EnterpriseService enterprises;
    private final ObjectStore objects;
    private final String bucket;
    private final MatchDocuments documents;
    private final MatchDocuments wordsOnly;
    private final java.time.Duration meaningBudget;
    /** While reading from the table: until when (System.nanoTime) items still get meanings. */
    private boolean budgeted;
    private long meaningsUntil;
    /** Items in an index without a meaning, to be given one: id → index. */
    private final Map<String, MatchKind> withoutMeaning = new java.util.LinkedHashMap<>();
    private final Clock clock;
    private final int snapshotEvery;
    private final Map<MatchKind, MatchIndex> indexes = new EnumMap<>(MatchKind.class);
    private Instant asOf;
    /** When the table was last read for changes: every container catches up this often. */
    private Instant caughtUpAt;
    /** How old a restored container's indexes may be and still be caught up rather than loaded again. */
    static final java.time.Duration RELOAD_AFTER_RESTORE = java.time.Duration.ofMinutes(15);
    /** Set by {@link #restored()}: the next use catches up whatever the time since the last catch-up. */
    private boolean restored;
    private final java.time.Duration refreshEvery;
    private int changesSinceSnapshot;
    /** While a periodic catch-up runs: what it finds changed is kept in {@link #changedElsewhere}. */
    private boolean recordingChanges;
    private final Map<String, MatchKind> changedElsewhere = new java.util.LinkedHashMap<>();

    public MatchIndexes(RecordStore records, ObjectStore objects, String bucket, MatchDocuments documents, Clock clock,
            int snapshotEvery, java.time.Duration refreshEvery) {
        this(records, objects, bucket, documents, clock, snapshotEvery, refreshEvery, java.time.Duration.ofSeconds(15));
    }

    public MatchIndexes(RecordStore records, ObjectStore objects, String bucket, MatchDocuments documents, Clock clock,
            int snapshotEvery, java.time.Duration refreshEvery, java.time.Duration meaningBudget) {
        this.refreshEvery = refreshEvery;
        this.meaningBudget = meaningBudget;
        this.wordsOnly = documents.withoutMeaning();
        this.items = new ListItemRepository(records);
        this.enterprises = new EnterpriseService(records, clock);
        this.objects = objects;
        this.bucket = bucket;
        this.documents = documents;
        this.clock = clock;
        this.snapshotEvery = snapshotEvery;
    }

    /** The index of one list, loaded (and caught up) on first use. */
    public synchronized MatchIndex of(MatchKind type) {
        ensureLoaded();
        return indexes.get(type);
    }

    /** A record of the table as matching sees it: which index, which id, and its document if it is matchable now. */
    record Source(MatchKind kind, String id, MatchDocument document) {
    }

    /** The id a record is indexed under (a list item's id, an enterprise's organisation id). */
    String idOf(Item record) {
        return source(record, (MatchDocuments) null).id();
    }

    /** A list item matches while published; an enterprise's profile always. */
    Source source(Item record) {
        return source(record, true);
    }

    /** Without {@code analyse}, only which index and id: no text analysis for a record that is going away. */
    private Source source(Item record, boolean analyse) {
        return source(record, !analyse ? null : !budgeted || System.nanoTime() - meaningsUntil < 0 ? documents : wordsOnly);
    }

    /** With a null {@code builder}, only which index and id, read from the record's keys (no fields document parsed). */
    private static Source source(Item record, MatchDocuments builder) {
        boolean enterpriseProfile = "ENTERPRISE".equals(record.string("type").orElse(null));
        if (builder == null) {
            return enterpriseProfile ? new Source(MatchKind.ENTERPRISE, EnterpriseService.organisationIdOf(record), null)
                    : new Source(MatchKind.of(ListItemRepository.typeOf(record)), ListItemRepository.idOf(record), null);
        }
        if (enterpriseProfile) {
            Enterprise enterprise = EnterpriseService.fromItem(record);
            return new Source(MatchKind.ENTERPRISE, enterprise.organisationId(), builder.of(enterprise));
        }
        ListItem item = ListItemRepository.fromItem(record);
        boolean matchable = item.status() == ItemStatus.PUBLISHED;
        return new Source(MatchKind.of(item.type()), item.id(), matchable ? builder.of(item) : null);
    }

    /**
     * The documents of these items as ranking them needs (an index keeps only an item's facts and postings): read
     * from the table in batches and analysed again, each with the meaning its index holds while its text is the
     * same. Items their index does not hold (not published, gone) are left out: their lists are empty.
     */
    public synchronized Map<String, MatchDocument> documents(Map<String, MatchKind> ids) {
        ensureLoaded();
        Map<String, MatchDocument> found = new java.util.HashMap<>();
        java.util.List<String> listItems = ids.entrySet().stream().filter(e -> e.getValue() != MatchKind.ENTERPRISE)
                .map(Map.Entry::getKey).toList();
        Map<String, Item> records = new java.util.HashMap<>(items.records(listItems));
        ids.forEach((id, kind) -> {
            if (kind == MatchKind.ENTERPRISE) {
                enterprises.record(id).ifPresent(record -> records.put(id, record));
            }
        });
        ids.forEach((id, kind) -> {
            Item record = records.get(id);
            MatchDocument now = record == null ? null : source(record, wordsOnly).document();
            MatchDocument indexed = indexes.get(kind).get(id);
            if (now == null) { // gone from the table or not published: out of the index, its list empty
                if (indexed != null) {
                    changedElsewhere.put(id, kind); // withdrawn in another shard: out of the lists this container wrote
                    indexes.get(kind).remove(id);
                }
            } else if (indexed == null || !sameFacts(indexed, now)) {
                // changed in another shard since this container last looked: the table is what counts, and the lists
                // this container wrote from its older view are settled again
                found.put(id, index(record).document());
                changedElsewhere.put(id, kind);
            } else {
                found.put(id, indexed.meaning() != null ? now.withMeaning(indexed.meaning()) : now);
            }
        });
        return found;
    }

    /** The same item to matching, as far as an index keeps it: the same facts and the same text (by its hash). */
    private static boolean sameFacts(MatchDocument indexed, MatchDocument document) {
        return indexed.textHash() == document.textHash() && java.util.Objects.equals(indexed.title(), document.title())
                && java.util.Objects.equals(indexed.field(), document.field()) && java.util.Objects.equals(indexed.trl(), document.trl())
                && indexed.modes().equals(document.modes()) && java.util.Objects.equals(indexed.regionCode(), document.regionCode())
                && java.util.Objects.equals(indexed.amountYuan(), document.amountYuan()) && indexed.roles().equals(document.roles())
                && java.util.Objects.equals(indexed.industry(), document.industry());
    }

    /**
     * The items a periodic catch-up found changed (changes another shard carried, which this container's stream never
     * brought), handed out once: the lists they reach are to be settled here too, in case this container wrote one of
     * them from its older view.
     */
    synchronized void giveBack(Map<String, MatchKind> taken) {
        taken.forEach(changedElsewhere::putIfAbsent);
    }

    public synchronized Map<String, MatchKind> takeChangedElsewhere() {
        Map<String, MatchKind> taken = new java.util.LinkedHashMap<>(changedElsewhere);
        changedElsewhere.clear();
        return taken;
    }

    /**
     * Whether two versions of a record are the same to matching: neither is matchable (a new draft, a draft
     * submitted), or both give the same words and facts (a published item whose bid count changed). Such a change
     * alters no list.
     */
    synchronized boolean sameForMatching(Optional<Item> before, Item after) {
        Source is = source(after, wordsOnly);
        if (before.isEmpty()) { // a new record; or a change told without its old image, which the index may still hold
            ensureLoaded();
            return is.document() == null && indexes.get(is.kind()).get(is.id()) == null;
        }
        MatchDocument was = source(before.get(), wordsOnly).document();
        return was == null || is.document() == null ? was == is.document() : was.equals(is.document());
    }

    /** Puts a matchable record in its index, or takes any other out; returns its document, or null. */
    public synchronized Source apply(Item record) {
        ensureLoaded();
        changesSinceSnapshot++;
        return index(record);
    }

    private Source index(Item record) {
        Source source = keepingMeaning(record);
        if (recordingChanges) {
            MatchDocument indexed = indexes.get(source.kind()).get(source.id());
            boolean same = indexed == null ? source.document() == null : source.document() != null && sameFacts(indexed, source.document());
            if (!same) {
                changedElsewhere.put(source.id(), source.kind());
            }
        }
        if (source.document() != null) {
            indexes.get(source.kind()).put(source.document());
        } else {
            indexes.get(source.kind()).remove(source.id());
        }
        if (source.document() == null || source.document().meaning() != null) {
            withoutMeaning.remove(source.id());
        } else if (documents.hasMeaning()) {
            withoutMeaning.put(source.id(), source.kind());
        }
        return source;
    }

    /**
     * The record's document, keeping the meaning its index already holds while its text is the same: the model runs
     * only for new and changed texts. A cold start's catch-up replays the minute before its snapshot, and most
     * changes (a status, a bid count) leave the text as it was; each would otherwise cost a run of the model.
     */
    private Source keepingMeaning(Item record) {
        Source which = source(record, false);
        MatchDocument indexed = indexes.get(which.kind()).get(which.id());
        if (indexed != null && indexed.meaning() != null) {
            Source words = source(record, wordsOnly);
            if (words.document() == null) {
                return words; // no longer matchable: nothing to analyse further
            }
            if (words.document().textHash() == indexed.textHash()) {
                return new Source(words.kind(), words.id(), words.document().withMeaning(indexed.meaning()));
            }
        }
        return source(record);
    }

    /**
     * Gives meanings to items indexed without one, re-reading each by key, for at most {@code meaningBudget};
     * returns how many are still waiting.
     */
    public int completeMeanings() {
        return completeMeanings(meaningBudget);
    }

    /** As {@link #completeMeanings()}, stopping at {@code until} if that comes first. */
    public int completeMeanings(Instant until) {
        if (until.equals(Instant.MAX)) {
            return completeMeanings(meaningBudget);
        }
        java.time.Duration left = java.time.Duration.between(Instant.now(), until);
        return completeMeanings(left.isNegative() ? java.time.Duration.ZERO : left.compareTo(meaningBudget) < 0 ? left : meaningBudget);
    }

    synchronized int completeMeanings(java.time.Duration budget) {
        ensureLoaded();
        long until = System.nanoTime() + budget.toNanos();
        var waiting = withoutMeaning.entrySet().iterator();
        while (waiting.hasNext() && System.nanoTime() - until < 0) {
            var next = waiting.next();
            waiting.remove();
            Optional<Item> stored = next.getValue() == MatchKind.ENTERPRISE
                    ? enterprises.record(next.getKey())
                    : items.record(next.getKey());
            if (stored.isPresent()) {
                index(stored.get());
            } else {
                indexes.get(next.getValue()).remove(next.getKey());
            }
            changesSinceSnapshot++;
        }
        return withoutMeaning.size();
    }

    /** Takes a deleted record out of its index. */
    public synchronized Source remove(Item lastImage) {
        ensureLoaded();
        changesSinceSnapshot++;
        Source source = source(lastImage, false);
        indexes.get(source.kind()).remove(source.id());
        withoutMeaning.remove(source.id());
        return source;
    }

    /** Writes a snapshot when enough has changed since the last one. */
    public synchronized void snapshotIfDue() {
        if (changesSinceSnapshot >= snapshotEvery) {
            writeSnapshot();
        }
    }

    /** Writes a snapshot; a failure costs only a slower next cold start, so it is logged, not thrown. */
    public synchronized void writeSnapshot() {
        ensureLoaded();
        try {
            Instant taken = clock.instant();
            objects.put(bucket, SNAPSHOT_KEY, encode(taken, indexes), "application/octet-stream");
            changesSinceSnapshot = 0;
            LOG.infof("match index snapshot written: %d items", indexes.values().stream().mapToInt(MatchIndex::size).sum());
        } catch (RuntimeException e) {
            LOG.warn("match index snapshot not written; the next cold start reads more from the table", e);
        }
    }

    /**
     * Loads the indexes now if they are not loaded: a new container's start-up calls it (off the first event's path, and
     * before a SnapStart snapshot is taken, so that the snapshot holds them).
     */
    public synchronized void prepare() {
        ensureLoaded();
        documents.ready();
    }

    /**
     * The container was restored from a SnapStart snapshot: the indexes are as old as the snapshot, however recently they
     * were caught up by the clock's reckoning before it. Within {@link #RELOAD_AFTER_RESTORE} of their last look the next
     * use reads the table's changes since then first; older, it loads again from S3's latest snapshot, which other
     * containers keep fresher than a version published days ago (a catch-up would read, and settle again, every change
     * since the deployment).
     */
    public synchronized void restored() {
        if (caughtUpAt != null && clock.instant().isAfter(caughtUpAt.plus(RELOAD_AFTER_RESTORE))) {
            reset();
        } else {
            restored = true;
        }
    }

    /** Forgets everything; the next use loads again (tests, and a container told its index is stale). */
    public synchronized void reset() {
        indexes.clear();
        withoutMeaning.clear();
        asOf = null;
        caughtUpAt = null;
        restored = false;
    }

    private void ensureLoaded() {
        if (!indexes.isEmpty()) {
            refreshIfDue();
            return;
        }
        long started = System.nanoTime();
        for (MatchKind type : MatchKind.values()) {
            indexes.put(type, new MatchIndex());
        }
        ColdStart.mark("match index loading");
        boolean fromSnapshot = false;
        Instant readFrom;
        int caughtUp;
        try {
            Optional<byte[]> snapshot = objects.get(bucket, SNAPSHOT_KEY);
            ColdStart.mark("match index snapshot fetched");
            if (snapshot.isPresent()) {
                try {
                    asOf = decode(snapshot.get(), indexes);
                    fromSnapshot = true;
                } catch (RuntimeException damaged) {
                    LOG.warn("match index snapshot unreadable: rebuilding from the table", damaged);
                    indexes.replaceAll((type, index) -> new MatchIndex());
                }
            }
            readFrom = clock.instant();
            boolean rebuilt = !fromSnapshot;
            caughtUp = withinMeaningBudget(() -> rebuilt ? rebuild() : catchUp(asOf));
        } catch (RuntimeException e) {
            reset(); // half read: the next use loads again, instead of taking what is there for loaded
            throw e;
        }
        caughtUpAt = readFrom;
        withoutMeaning.clear();
        if (documents.hasMeaning()) {
            indexes.forEach((kind, index) -> index.withoutMeaning().forEach(id -> withoutMeaning.put(id, kind)));
        }
        ColdStart.mark("match index ready");
        LOG.infof("match indexes ready in %d ms (%s, %d items read from the table)", (System.nanoTime() - started) / 1_000_000,
                fromSnapshot ? "snapshot of " + asOf : "rebuilt", caughtUp);
        if (!fromSnapshot) {
            writeSnapshot();
        }
    }

    /**
     * A stream shard's records go to one container only, so a warm container does not see what another
     * shard carried: it reads those changes from the table (by index, since its last look) at most every
     * {@code refreshEvery}, which bounds how stale its index can be.
     */
    private void refreshIfDue() {
        Instant now = clock.instant();
        if (caughtUpAt != null && (restored || !now.isBefore(caughtUpAt.plus(refreshEvery)))) {
            Instant since = caughtUpAt;
            recordingChanges = true;
            try {
                int read = withinMeaningBudget(() -> catchUp(since));
                LOG.debugf("match indexes refreshed from the table: %d items", read);
            } finally {
                recordingChanges = false;
            }
            caughtUpAt = now;
            restored = false;
        }
    }

    /**
     * Reads from the table giving meanings for at most {@code meaningBudget}; what is read after that is indexed
     * by its words and waits for {@link #completeMeanings()}.
     */
    private int withinMeaningBudget(java.util.function.IntSupplier read) {
        meaningsUntil = System.nanoTime() + meaningBudget.toNanos();
        budgeted = true;
        try {
            return read.getAsInt();
        } finally {
            budgeted = false;
        }
    }

    /** Every published item, list by list, and every enterprise: one byStatus partition each. */
    private int rebuild() {
        int read = 0;
        for (ListType type : ListType.values()) {
            read += items.forEachRecord(type, ItemStatus.PUBLISHED, null, this::index);
        }
        return read + enterprises.forEachRecord(null, this::index);
    }

    /** Whatever changed since the snapshot, in any status: published ones go in, the others out. */
    private int catchUp(Instant since) {
        Instant from = since.minusSeconds(60); // a minute early: replaying is harmless, a gap is not
        // the readers' threads take turns at the indexes; this thread holds the monitor meanwhile, waiting for them. A
        // record that changed status during the read is met twice, in any order: its newest version is the one kept.
        Object applying = new Object();
        Map<String, Instant> newest = new HashMap<>();
        return ChangedRecords.read(items, enterprises, from, record -> {
            synchronized (applying) {
                Instant updated = record.string("updatedAt").map(Instant::parse).orElse(null);
                Instant seen = newest.get(record.pk());
                if (updated != null && seen != null && !updated.isAfter(seen)) {
                    return;
                }
                if (updated != null) {
                    newest.put(record.pk(), updated);
                }
                index(record);
            }
        }, "match-catch-up");
    }

    /** The snapshot format, for the benchmark's cold-load measurement. */
    public static byte[] encodeForBenchmark(Map<MatchKind, MatchIndex> indexes) {
        return encode(Instant.EPOCH, indexes);
    }

    public static void decodeForBenchmark(byte[] snapshot, Map<MatchKind, MatchIndex> indexes) {
        decode(snapshot, indexes);
    }

    // ---- the snapshot: each list's index as arrays (documents' facts, term tables, postings) ----

    static byte[] encode(Instant taken, Map<MatchKind, MatchIndex> indexes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(bytes, 1 << 16), 1 << 16))) {
            out.writeInt(VERSION);
            out.writeLong(taken.toEpochMilli());
            for (MatchKind type : MatchKind.values()) {
                indexes.get(type).write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Instant decode(byte[] snapshot, Map<MatchKind, MatchIndex> indexes) {
        byte[] raw;
        try (GZIPInputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(snapshot), 1 << 16)) {
            raw = gunzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (DataInputStream in = new DataInputStream(new Snapshots.Bytes(raw))) {
            if (in.readInt() != VERSION) {
                throw new IllegalStateException("snapshot of another version");
            }
            Instant taken = Instant.ofEpochMilli(in.readLong());
            for (MatchKind type : MatchKind.values()) {
                indexes.put(type, MatchIndex.read(in));
            }
            return taken;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
