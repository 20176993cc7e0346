package org.hundredparks.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.hundredparks.enterprise.EnterpriseService;
import org.hundredparks.matching.ChangedRecords;
import org.hundredparks.matching.Snapshots;
import org.hundredparks.platform.ColdStart;
import org.hundredparks.platform.SideBySide;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.submission.ListItemRepository;
import org.jboss.logging.Logger;

/**
 * The search index a container holds. Loaded on first use from the snapshot in S3 ({@link #SNAPSHOT_KEY}, written
 * every few minutes by the jobs function on a schedule), then brought up to date from the table: whatever changed
 * since the snapshot, read by the byStatus index (its sort key starts with the update time), never by scan. After
 * that, a search that finds the last look at the table older than {@code refreshEvery} reads the changes since
 * first, so what is published is found within {@code refreshEvery} plus the index's own propagation (about a
 * second). Without a snapshot (a new stage, or one unreadable) the index is built from the table.
 */
public class SearchIndexes {

    private static final Logger LOG = Logger.getLogger(SearchIndexes.class);
    /** The path names the format's version, so a new format never reads an old snapshot (it builds, then writes its own). */
    public static final String SNAPSHOT_KEY = "search/index/v4/snapshot.bin";
    private static final int VERSION = 4;
    /** Changes are read from a minute before the last look: replaying is harmless, a gap (an index lagging) is not. */
    private static final Duration OVERLAP = Duration.ofMinutes(1);
    /** How old a snapshot is expected to be at most: the schedule writes one every ten minutes. */
    private static final Duration SNAPSHOT_AGE = Duration.ofMinutes(15);

    private final ListItemRepository items;
    private final EnterpriseService enterprises;
    private final ObjectStore objects;
    private final String bucket;
    private final SearchDocuments documents;
    private final Clock clock;
    private final Duration refreshEvery;
    private SearchIndex index;
    /** When the table was last read for changes (the start of that read). */
    private Instant caughtUpAt;

    public SearchIndexes(RecordStore records, ObjectStore objects, String bucket, SearchDocuments documents, Clock clock,
            Duration refreshEvery) {
        this.items = new ListItemRepository(records);
        this.enterprises = new EnterpriseService(records, clock);
        this.objects = objects;
        this.bucket = bucket;
        this.documents = documents;
        this.clock = clock;
        this.refreshEvery = refreshEvery;
    }

    /** The index, loaded on first use, and caught up with the table when the last look is older than {@code refreshEvery}. */
    public synchronized SearchIndex current() {
        if (index == null) {
            load();
        } else if (!clock.instant().isBefore(caughtUpAt.plus(refreshEvery))) {
            Instant now = clock.instant();
            try {
                int read = catchUp(caughtUpAt);
                caughtUpAt = now;
                LOG.debugf("search index refreshed from the table: %d records", read);
            } catch (RuntimeException unavailable) {
                // the table did not answer: search what the index holds, and read the changes at the next search
                LOG.warn("search index not refreshed: answering from the index as it is", unavailable);
            }
        }
        return index;
    }

    /**
     * Writes the index, caught up first, as the snapshot the next cold start loads; returns how many documents it holds.
     * With {@code rebuild}, the index is built from the table first, not from the last snapshot: a change whose record
     * reached the table's index more than a minute after its update time would otherwise be missed for good.
     */
    public synchronized int writeSnapshot(boolean rebuild) {
        if (rebuild) {
            SearchIndex previous = index;
            Instant previousLook = caughtUpAt;
            try {
                index = new SearchIndex();
                caughtUpAt = clock.instant();
                rebuild();
            } catch (RuntimeException e) {
                index = previous; // never a half-built index in a snapshot: this container keeps what it had
                caughtUpAt = previousLook;
                throw e;
            }
        }
        current();
        // read the table now, whatever the refresh interval: the snapshot says it holds everything up to its time
        Instant now = clock.instant();
        catchUp(caughtUpAt);
        caughtUpAt = now;
        objects.put(bucket, SNAPSHOT_KEY, encode(caughtUpAt, index), "application/octet-stream");
        LOG.infof("search index snapshot written: %d documents as of %s", index.size(), caughtUpAt);
        return index.size();
    }

    /** Forgets the index; the next use loads it again (tests: a cold start). */
    public synchronized void reset() {
        index = null;
        caughtUpAt = null;
    }

    /**
     * Loads the snapshot and reads the table's recent changes at the same time (a cold start waits for the slower of the
     * two, not for both): the changes of the last {@link #SNAPSHOT_AGE}, since snapshots are written more often than
     * that; an older snapshot has the rest read after it.
     */
    private void load() {
        long started = System.nanoTime();
        Instant readFrom = clock.instant();
        Instant recentFrom = readFrom.minus(SNAPSHOT_AGE);
        // the index is not there yet: these few minutes' records wait in a list
        List<Item> changes = Collections.synchronizedList(new ArrayList<>());
        try (SideBySide background = new SideBySide("search-recent-changes", 1)) {
            SideBySide.Started<Integer> recent = background.start(() -> read(recentFrom, changes::add));
            ColdStart.mark("search snapshot requested");
            Optional<byte[]> snapshot = objects.get(bucket, SNAPSHOT_KEY);
            ColdStart.mark("search snapshot fetched");
            long fetched = System.nanoTime();
            Decoded decoded = null;
            if (snapshot.isPresent()) {
                try {
                    decoded = decode(snapshot.get());
                } catch (RuntimeException damaged) {
                    LOG.warn("search index snapshot unreadable: building from the table", damaged);
                }
            }
            ColdStart.mark("search snapshot decoded");
            long decodedAt = System.nanoTime();
            int read;
            try {
                if (decoded == null) {
                    index = new SearchIndex();
                    read = rebuild(); // reads the recent changes again: the list is left as it is
                } else {
                    index = decoded.index();
                    recent.get();
                    changes.forEach(this::apply);
                    read = changes.size();
                    if (decoded.asOf().minus(OVERLAP).isBefore(recentFrom)) {
                        read += catchUp(decoded.asOf()); // a snapshot older than expected: what lies between
                    }
                }
            } catch (RuntimeException e) {
                index = null; // half read: the next search loads again
                throw e;
            }
            caughtUpAt = readFrom;
            ColdStart.mark("search index ready");
            long now = System.nanoTime();
            LOG.infof("search index ready in %d ms: %s; S3 GET %d ms, decode %d ms, then %d records from the table applied in %d ms",
                    (now - started) / 1_000_000, decoded == null ? "built" : "snapshot of " + decoded.asOf(),
                    (fetched - started) / 1_000_000, (decodedAt - fetched) / 1_000_000, read, (now - decodedAt) / 1_000_000);
        }
    }

    private void apply(Item record) {
        boolean enterprise = "ENTERPRISE".equals(record.string("type").orElse(null));
        String id = record.string(enterprise ? "organisationId" : "id").orElse(null);
        Instant updatedAt = record.string("updatedAt").map(Instant::parse).orElse(Instant.MIN);
        if (index.holdsAtLeast(id, updatedAt)) {
            return; // read again by the overlap, or older than what another query of the same look brought
        }
        // readers apply side by side: the index keeps the newer of two versions whatever the order they arrive in
        index.putIfNewer(enterprise ? documents.of(EnterpriseService.fromItem(record)) : documents.of(ListItemRepository.fromItem(record)));
    }

    private int rebuild() {
        return catchUp(null);
    }

    /** Whatever changed since a look at the table (null: everything), read from a minute earlier, indexed. */
    private int catchUp(Instant since) {
        return read(since == null ? null : since.minus(OVERLAP), this::apply);
    }

    /** Every list item and profile changed at {@code from} or later (null: all), read side by side. */
    private int read(Instant from, Consumer<Item> each) {
        return ChangedRecords.read(items, enterprises, from, each, "search-catch-up");
    }

    record Decoded(SearchIndex index, Instant asOf) {
    }

    /**
     * The snapshot: the format's version, then the index gzipped (documents without their texts, and the postings),
     * then the texts as they are. Gzip would halve the texts' bytes but cost a cold start most of its time inflating
     * them; kept raw, they are one copy, and a hit's text is decoded when shown.
     */
    static byte[] encode(Instant asOf, SearchIndex index) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        ByteArrayOutputStream texts = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(compressed, 1 << 16), 1 << 16))) {
            out.writeLong(asOf.toEpochMilli());
            index.write(out, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream(compressed.size() + texts.size() + 12);
        try (DataOutputStream out = new DataOutputStream(file)) {
            out.writeInt(VERSION);
            out.writeInt(compressed.size());
            compressed.writeTo(out);
            out.writeInt(texts.size());
            texts.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toByteArray();
    }

    static Decoded decode(byte[] snapshot) {
        java.nio.ByteBuffer file = java.nio.ByteBuffer.wrap(snapshot);
        if (file.getInt() != VERSION) {
            throw new IllegalStateException("search snapshot of another version");
        }
        int compressedLength = file.getInt();
        int compressedAt = file.position();
        file.position(compressedAt + compressedLength);
        byte[] texts = new byte[file.getInt()];
        file.get(texts);
        byte[] raw;
        try (GZIPInputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(snapshot, compressedAt, compressedLength), 1 << 16)) {
            raw = gunzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // read from an unsynchronised array: the JDK's buffered streams lock on every one of tens of millions of reads
        try (DataInputStream in = new DataInputStream(new Snapshots.Bytes(raw))) {
            Instant asOf = Instant.ofEpochMilli(in.readLong());
            return new Decoded(SearchIndex.read(in, texts), asOf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A snapshot of an index as of a time (the benchmark writes one). */
    public static byte[] snapshotOf(SearchIndex index, Instant asOf) {
        return encode(asOf, index);
    }

    /** The index a snapshot holds (the benchmark and the jobs function's test read one). */
    public static SearchIndex indexIn(byte[] snapshot) {
        return decode(snapshot).index();
    }
}
