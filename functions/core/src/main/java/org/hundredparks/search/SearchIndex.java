package org.hundredparks.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hundredparks.matching.Postings;
import org.hundredparks.matching.TermSlots;
import org.hundredparks.matching.Snapshots;
import org.hundredparks.matching.TextAnalysis;
import org.hundredparks.reference.Regions;
import org.hundredparks.storage.InvalidCursorException;

/**
 * Every item of every list, in any status, and every enterprise profile, searchable by the words of a query (see
 * {@link QueryTerms}): postings of words and bigrams as matching keeps them ({@link TermSlots}), the documents beside
 * them. Who may see which item is the caller's to decide ({@code visible}); the index only never hands out what it is
 * told not to. An item that changes is tombstoned and given a new slot ({@link TermSlots}).
 */
public final class SearchIndex {

    /** Bigrams weigh half: they find what segmentation split, and would otherwise count a word twice. */
    static final float BIGRAM_WEIGHT = 0.5f;
    static final int FIELD_FACETS = 20;

    /** The documents' slots and their terms (shared with matching). */
    private TermSlots postings = new TermSlots();
    /**
     * Each slot's document. One read from a snapshot has no text: its text lies in {@link #loadedTexts} (UTF-16, at
     * {@link #textStart}) and is made a string only for a hit, so a cold start copies one block instead of 100,000 strings.
     */
    private SearchDocument[] documents = new SearchDocument[256];
    private byte[] loadedTexts = new byte[0];
    private int[] textStart = new int[256];
    private int[] textLength = new int[256];
    /**
     * Ranking's statistics (how many documents, their average lengths, a term's document frequency) count only the
     * published ones: counted over every document, a score would tell anyone how many hidden items share a word.
     */
    private int publishedCount;
    private long publishedWordLength;
    private long publishedBigramLength;
    private boolean[] published = new boolean[256];

    public synchronized void put(SearchDocuments.Analysed analysed) {
        SearchDocument document = analysed.document();
        remove(document.id());
        int slot = postings.add(document.id(), analysed.terms().words(), analysed.terms().bigrams()).slot();
        if (documents.length < postings.capacity()) {
            int grown = postings.capacity();
            documents = Arrays.copyOf(documents, grown);
            textStart = Arrays.copyOf(textStart, grown);
            textLength = Arrays.copyOf(textLength, grown);
            published = Arrays.copyOf(published, grown);
        }
        documents[slot] = document;
        textStart[slot] = -1;
        countPublished(slot, document.published(), 1);
    }

    /** Puts a document unless the index holds a version as new or newer (see {@link #holdsAtLeast}). */
    public synchronized void putIfNewer(SearchDocuments.Analysed analysed) {
        SearchDocument document = analysed.document();
        if (!holdsAtLeast(document.id(), Instant.parse(document.updatedAt()))) {
            put(analysed);
        }
    }

    private void countPublished(int slot, boolean isPublished, int sign) {
        published[slot] = isPublished && sign > 0;
        if (isPublished) {
            publishedCount += sign;
            publishedWordLength += sign * (long) postings.wordLength(slot);
            publishedBigramLength += sign * (long) postings.bigramLength(slot);
        }
    }

    public synchronized void remove(String id) {
        int slot = postings.slotOf(id);
        if (slot < 0) {
            return;
        }
        countPublished(slot, published[slot], -1); // while its lengths are known
        postings.remove(id);
        documents[slot] = null;
    }

    public synchronized SearchDocument get(String id) {
        int slot = postings.slotOf(id);
        return slot < 0 ? null : withText(documents[slot], text(slot));
    }

    /**
     * Whether the index holds this version of a document, or a later one: a catch-up's overlap reads records again, and
     * its queries return them list by list, not in the order they changed.
     */
    public synchronized boolean holdsAtLeast(String id, Instant updatedAt) {
        int slot = postings.slotOf(id);
        return slot >= 0 && !Instant.parse(documents[slot].updatedAt()).isBefore(updatedAt);
    }

    private String text(int slot) {
        if (documents[slot].text() != null || textStart[slot] < 0) {
            return documents[slot].text();
        }
        return new String(loadedTexts, textStart[slot], textLength[slot], StandardCharsets.UTF_16LE);
    }

    private static SearchDocument withText(SearchDocument d, String text) {
        return new SearchDocument(d.id(), d.list(), d.status(), d.ownerOrganisationId(), d.organisationName(), d.regionCode(), d.parkId(),
                d.field(), d.title(), text, d.updatedAt());
    }

    public synchronized int size() {
        return postings.liveCount();
    }

    // scratch arrays, reused: the index answers one search at a time
    private int[] satisfied = new int[0];
    private int[] seen = new int[0];
    private float[] scores = new float[0];

    /** The query's filters, each optional: a document passes when it passes them all. */
    private record Filters(SearchQuery query) {

        boolean list(SearchDocument d) {
            return query.list() == null || query.list() == d.list();
        }

        boolean region(SearchDocument d) {
            return query.regionCode() == null || d.regionCode() != null && d.regionCode().startsWith(query.regionCode());
        }

        boolean park(SearchDocument d) {
            return query.parkId() == null || query.parkId().equals(d.parkId());
        }

        boolean field(SearchDocument d) {
            return query.field() == null || query.field().equals(d.field());
        }
    }

    /** Counts by list, field and province; each facet counts a hit that passes every filter but its own. */
    private static final class FacetCounts {
        final Map<String, long[]> lists = new HashMap<>();
        final Map<String, long[]> fields = new HashMap<>();
        final Map<String, long[]> provinces = new HashMap<>();

        void count(SearchDocument d, boolean list, boolean region, boolean park, boolean field) {
            if (region && park && field) {
                lists.computeIfAbsent(d.list().name(), k -> new long[1])[0]++;
            }
            if (list && region && park && d.field() != null) {
                fields.computeIfAbsent(d.field(), k -> new long[1])[0]++;
            }
            String province = Regions.province(d.regionCode());
            if (list && park && field && province != null) {
                provinces.computeIfAbsent(province, k -> new long[1])[0]++;
            }
        }

        SearchResult.Facets facets(Function<String, String> provinceName) {
            return new SearchResult.Facets(counts(lists, Integer.MAX_VALUE, value -> SearchList.valueOf(value).label()),
                    counts(fields, FIELD_FACETS, value -> value), counts(provinces, Integer.MAX_VALUE, provinceName));
        }
    }

    /**
     * A page of what the query finds among the documents {@code visible} accepts, with the query's filters applied;
     * facets name provinces with {@code provinceName}.
     */
    public synchronized SearchResult search(SearchQuery query, TextAnalysis analysis, Predicate<SearchDocument> visible,
            Function<String, String> provinceName) {
        QueryTerms terms = QueryTerms.of(query.q(), analysis);
        After after = After.decode(query.cursor());
        int units = matchAndScore(terms);

        Filters filters = new Filters(query);
        FacetCounts facets = new FacetCounts();
        // the best limit + 1 after the cursor, worst on top: one more than a page tells whether another page follows
        PriorityQueue<Integer> top = new PriorityQueue<>(Comparator.<Integer>comparingDouble(s -> scores[s])
                .thenComparing(s -> documents[s].id(), Comparator.reverseOrder()));
        long total = 0;
        for (int s = 0; s < postings.slots(); s++) {
            if (!postings.alive(s) || satisfied[s] != units || !visible.test(documents[s])) {
                continue;
            }
            SearchDocument d = documents[s];
            boolean list = filters.list(d);
            boolean region = filters.region(d);
            boolean park = filters.park(d);
            boolean field = filters.field(d);
            facets.count(d, list, region, park, field);
            if (list && region && park && field) {
                total++;
                if (after == null || after.before(scores[s], d.id())) {
                    top.add(s);
                    if (top.size() > query.limit() + 1) {
                        top.poll();
                    }
                }
            }
        }
        List<Integer> best = new ArrayList<>(top);
        best.sort(top.comparator().reversed());
        boolean more = best.size() > query.limit();
        List<Integer> page = more ? best.subList(0, query.limit()) : best;
        List<SearchResult.Hit> hits = page.stream().map(s -> hit(s, terms)).toList();
        int last = page.isEmpty() ? -1 : page.get(page.size() - 1);
        String next = more ? new After(scores[last], documents[last].id()).encode() : null;
        return new SearchResult(hits, total, facets.facets(provinceName), next);
    }

    /** Marks which slots have every unit of the query ({@code satisfied}) and scores them; returns how many units. */
    private int matchAndScore(QueryTerms terms) {
        int slots = postings.slots();
        if (satisfied.length < slots) {
            satisfied = new int[documents.length];
            seen = new int[documents.length];
            scores = new float[documents.length];
        } else {
            Arrays.fill(satisfied, 0, slots, 0);
            Arrays.fill(seen, 0, slots, 0);
            Arrays.fill(scores, 0, slots, 0f);
        }
        int units = terms.units.size();
        for (int u = 0; u < units; u++) {
            satisfy(terms.units.get(u), u + 1);
        }
        score(postings.words(), terms.words, true, publishedWordLength, 1f, units);
        score(postings.bigrams(), terms.bigrams, false, publishedBigramLength, BIGRAM_WEIGHT, units);
        return units;
    }

    private SearchResult.Hit hit(int s, QueryTerms terms) {
        SearchDocument d = documents[s];
        return new SearchResult.Hit(d.id(), d.list(), d.title(), Highlights.marks(d.title(), terms.marks),
                Highlights.fragment(text(s), terms.marks), d.status(), d.organisationName(), d.field(), d.regionCode(), d.parkId(),
                d.updatedAt(), Math.round(scores[s] * 1000) / 1000.0);
    }

    /** Counts a slot once for the unit numbered {@code stamp} when it has the unit in any of its forms. */
    private void satisfy(QueryTerms.Unit unit, int stamp) {
        List<String> forms = new ArrayList<>(unit.concepts());
        if (unit.word() != null) {
            forms.add(unit.word());
        }
        Postings words = postings.words();
        for (String form : forms) {
            int id = words.lookup(form);
            if (id < 0) {
                continue;
            }
            int[] list = words.postings(id);
            for (int i = 0, n = words.size(id); i < n; i++) {
                mark(Postings.slot(list[i]), stamp);
            }
        }
        if (!unit.bigrams().isEmpty()) {
            int[] together = withAll(unit.bigrams());
            for (int slot : together) {
                mark(slot, stamp);
            }
        }
    }

    private void mark(int slot, int stamp) {
        if (postings.alive(slot) && seen[slot] != stamp) {
            seen[slot] = stamp;
            satisfied[slot]++;
        }
    }

    /** The slots that have every one of these bigrams: the sorted postings intersected, rarest first. */
    private int[] withAll(List<String> unitBigrams) {
        Postings bigrams = postings.bigrams();
        int[] ids = new int[unitBigrams.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = bigrams.lookup(unitBigrams.get(i));
            if (ids[i] < 0) {
                return new int[0];
            }
        }
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < ids.length; i++) {
            order[i] = ids[i];
        }
        Arrays.sort(order, Comparator.comparingInt(bigrams::size));
        int[] result = new int[bigrams.size(order[0])];
        int n = 0;
        int[] first = bigrams.postings(order[0]);
        for (int i = 0; i < result.length; i++) {
            result[n++] = Postings.slot(first[i]);
        }
        for (int k = 1; k < order.length && n > 0; k++) {
            int[] list = bigrams.postings(order[k]);
            int size = bigrams.size(order[k]);
            int kept = 0;
            int j = 0;
            for (int i = 0; i < n; i++) {
                while (j < size && Postings.slot(list[j]) < result[i]) {
                    j++;
                }
                if (j < size && Postings.slot(list[j]) == result[i]) {
                    result[kept++] = result[i];
                }
            }
            n = kept;
        }
        return Arrays.copyOf(result, n);
    }

    /**
     * BM25 of the query's terms of one channel, added to the slots that have every unit. Its statistics are the
     * published documents' (see {@link #publishedCount}): a term's document frequency is counted on its postings first.
     */
    private void score(Postings channel, Iterable<String> queryTerms, boolean ofWords, long publishedLength, float weight, int units) {
        int n = Math.max(1, publishedCount);
        float averageLength = Math.max(1f, (float) publishedLength / n);
        for (String term : queryTerms) {
            int id = channel.lookup(term);
            if (id < 0 || channel.size(id) == 0) {
                continue;
            }
            int[] list = channel.postings(id);
            int size = channel.size(id);
            int df = 0;
            for (int i = 0; i < size; i++) {
                df += published[Postings.slot(list[i])] ? 1 : 0;
            }
            float idf = weight * (float) Math.log(1 + (n - Math.min(df, n) + 0.5) / (Math.min(df, n) + 0.5));
            for (int i = 0; i < size; i++) {
                int slot = Postings.slot(list[i]);
                if (satisfied[slot] == units) {
                    int length = ofWords ? postings.wordLength(slot) : postings.bigramLength(slot);
                    scores[slot] += TermSlots.bm25(idf, Postings.tf(list[i]), length, averageLength);
                }
            }
        }
    }

    private static List<SearchResult.Count> counts(Map<String, long[]> counted, int most, Function<String, String> label) {
        return counted.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .limit(most)
                .map(e -> new SearchResult.Count(e.getKey(), label.apply(e.getKey()), e.getValue()[0]))
                .toList();
    }

    /** Where the page before ended: its last hit's score and id, so a page follows on even if the index changed between. */
    record After(float score, String id) {

        boolean before(float otherScore, String otherId) {
            return otherScore < score || otherScore == score && otherId.compareTo(id) > 0;
        }

        String encode() {
            String raw = Integer.toHexString(Float.floatToIntBits(score)) + ":" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static After decode(String cursor) {
            if (cursor == null) {
                return null;
            }
            try {
                String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int colon = raw.indexOf(':');
                if (colon < 1 || colon > 8 || raw.length() - colon > 101) {
                    throw new IllegalArgumentException("no score");
                }
                float score = Float.intBitsToFloat(Integer.parseUnsignedInt(raw.substring(0, colon), 16));
                if (Float.isNaN(score) || score < 0) {
                    throw new IllegalArgumentException("not a score");
                }
                return new After(score, raw.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                throw new InvalidCursorException("not a search cursor");
            }
        }
    }

    // ---- snapshot: the documents and the postings as they are, so a cold start reads arrays instead of analysing text ----

    /** Writes the index; the documents' texts go to {@code texts} (UTF-16LE, one after another), outside the compressed part. */
    synchronized void write(DataOutputStream out, java.io.OutputStream texts) throws IOException {
        int[] renumber = postings.renumber();
        // the values many documents share (status, owner, organisation, region, park, field), written once
        Map<String, Integer> shared = new java.util.LinkedHashMap<>();
        for (int s = 0; s < postings.slots(); s++) {
            if (postings.alive(s)) {
                for (String value : sharedValues(documents[s])) {
                    if (value != null) {
                        shared.putIfAbsent(value, shared.size());
                    }
                }
            }
        }
        out.writeInt(shared.size());
        for (String value : shared.keySet()) {
            out.writeUTF(value);
        }
        out.writeInt(postings.liveCount());
        for (int s = 0; s < postings.slots(); s++) {
            if (postings.alive(s)) {
                SearchDocument d = documents[s];
                out.writeUTF(d.id());
                out.writeByte(d.list().ordinal());
                for (String value : sharedValues(d)) {
                    Snapshots.writeVarInt(out, value == null ? 0 : shared.get(value) + 1);
                }
                writeNullable(out, d.title());
                Instant updated = Instant.parse(d.updatedAt());
                out.writeLong(updated.getEpochSecond());
                out.writeInt(updated.getNano());
                Snapshots.writeVarInt(out, postings.wordLength(s));
                Snapshots.writeVarInt(out, postings.bigramLength(s));
                String text = text(s);
                byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_16LE);
                Snapshots.writeVarInt(out, bytes.length);
                texts.write(bytes);
            }
        }
        postings.writePostings(out, renumber);
    }

    private static String[] sharedValues(SearchDocument d) {
        return new String[] {d.status(), d.ownerOrganisationId(), d.organisationName(), d.regionCode(), d.parkId(), d.field()};
    }

    /** Reads what {@link #write} wrote, given the block of texts it wrote beside. */
    static SearchIndex read(DataInputStream in, byte[] texts) throws IOException {
        SearchIndex index = new SearchIndex();
        index.loadedTexts = texts;
        String[] shared = new String[in.readInt()];
        for (int i = 0; i < shared.length; i++) {
            shared[i] = in.readUTF();
        }
        int live = in.readInt();
        int capacity = Math.max(256, live);
        index.documents = new SearchDocument[capacity];
        index.textStart = new int[capacity];
        index.textLength = new int[capacity];
        index.published = new boolean[capacity];
        String[] ids = new String[live];
        int[] wordLengths = new int[live];
        int[] bigramLengths = new int[live];
        int at = 0;
        String[] v = new String[6];
        for (int s = 0; s < live; s++) {
            ids[s] = in.readUTF();
            SearchList list = SearchList.values()[in.readByte()];
            for (int i = 0; i < v.length; i++) {
                int ref = Snapshots.readVarInt(in);
                v[i] = ref == 0 ? null : shared[ref - 1];
            }
            String title = readNullable(in);
            String updatedAt = Instant.ofEpochSecond(in.readLong(), in.readInt()).toString();
            index.documents[s] = new SearchDocument(ids[s], list, v[0], v[1], v[2], v[3], v[4], v[5], title, null, updatedAt);
            wordLengths[s] = Snapshots.readVarInt(in);
            bigramLengths[s] = Snapshots.readVarInt(in);
            index.textStart[s] = at;
            index.textLength[s] = Snapshots.readVarInt(in);
            at += index.textLength[s];
        }
        index.postings = TermSlots.read(in, ids, wordLengths, bigramLengths);
        for (int s = 0; s < live; s++) {
            index.countPublished(s, index.documents[s].published(), 1);
        }
        return index;
    }

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
