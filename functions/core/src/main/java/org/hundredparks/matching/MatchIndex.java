package org.hundredparks.matching;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The published items of one list, searchable by BM25 over two term channels (segmented words with
 * synonym concepts, and character bigrams). Terms are numbered once per channel; postings are
 * primitive arrays of {@code slot << 8 | tf}; an item keeps only its structured facts and its word
 * numbers (for explanations). An item that changes or leaves is tombstoned and, when replaced, appended
 * again; postings drop the tombstones once those since the last drop outnumber a quarter of the live items
 * (and 1,000), so document frequencies stay close to the live ones.
 */
public final class MatchIndex {

    static final float K1 = 1.2f;
    static final float B = 0.75f;
    /** In a large list, a term in more than this share of the items says little and costs the most time. */
    static final double COMMON = 0.15;
    /** The rarest terms of a query that are scored, per channel; the rest add little but time. */
    static final int QUERY_WORDS = 32;
    static final int QUERY_BIGRAMS = 48;
    /**
     * The most postings one channel reads for a query, rarest terms first: bounds the time of a match in
     * a large list (a term past the budget is one that many items share, and weighs little).
     */
    static final int POSTINGS_BUDGET = 150_000;

    private Postings words = new Postings();
    private Postings bigrams = new Postings();
    private final Map<String, Integer> positions = new HashMap<>();
    private MatchDocument[] facts = new MatchDocument[256];
    private int[][] wordIds = new int[256][];
    private int[] wordLength = new int[256];
    private int[] bigramLength = new int[256];
    private boolean[] alive = new boolean[256];
    /** Each slot's {@link SemanticCode} side by side, so that comparing a query with a whole list is one pass. */
    private long[] codes = new long[256 * SemanticCode.LONGS];
    private boolean[] coded = new boolean[256];
    private int slots;
    private int liveCount;
    /** Items removed since the postings last dropped theirs. */
    private int tombstones;

    public synchronized void put(MatchDocument document) {
        remove(document.id());
        if (slots == facts.length) {
            int grown = slots * 2;
            facts = Arrays.copyOf(facts, grown);
            wordIds = Arrays.copyOf(wordIds, grown);
            wordLength = Arrays.copyOf(wordLength, grown);
            bigramLength = Arrays.copyOf(bigramLength, grown);
            alive = Arrays.copyOf(alive, grown);
            codes = Arrays.copyOf(codes, grown * SemanticCode.LONGS);
            coded = Arrays.copyOf(coded, grown);
        }
        int slot = slots++;
        facts[slot] = new MatchDocument(document.id(), document.kind(), document.title(), List.of(), List.of(), document.field(),
                document.trl(), document.modes(), document.regionCode(), document.amountYuan(), document.roles(), document.industry(),
                null, document.textHash()); // its meaning lives in codes
        wordIds[slot] = words.add(slot, document.words());
        bigrams.add(slot, document.bigrams());
        wordLength[slot] = document.words().size();
        bigramLength[slot] = document.bigrams().size();
        alive[slot] = true;
        setCode(slot, document.meaning());
        positions.put(document.id(), slot);
        liveCount++;
    }

    private void setCode(int slot, long[] meaning) {
        coded[slot] = meaning != null;
        if (meaning != null) {
            System.arraycopy(meaning, 0, codes, slot * SemanticCode.LONGS, SemanticCode.LONGS);
        }
    }

    public synchronized void remove(String id) {
        Integer slot = positions.remove(id);
        if (slot == null) {
            return;
        }
        alive[slot] = false;
        words.removed(wordLength[slot]);
        bigrams.removed(bigramLength[slot]);
        facts[slot] = null;
        wordIds[slot] = null;
        liveCount--;
        // counted since the last drop: counting dead slots would drop again at every removal once a quarter had died
        if (++tombstones > Math.max(1_000, liveCount / 4)) {
            words.dropDead(alive);
            bigrams.dropDead(alive);
            tombstones = 0;
        }
    }

    /** The stored facts of an item (its terms are kept only as postings). */
    public synchronized MatchDocument get(String id) {
        Integer slot = positions.get(id);
        if (slot == null) {
            return null;
        }
        return coded[slot] ? facts[slot].withMeaning(Arrays.copyOfRange(codes, slot * SemanticCode.LONGS, (slot + 1) * SemanticCode.LONGS))
                : facts[slot];
    }

    /** The slot an item occupies, or -1. */
    synchronized int slotOf(String id) {
        Integer slot = positions.get(id);
        return slot == null ? -1 : slot;
    }

    /** The live items that have no meaning yet (indexed when there was no time to run the model). */
    synchronized List<String> withoutMeaning() {
        List<String> ids = new ArrayList<>();
        for (int s = 0; s < slots; s++) {
            if (alive[s] && !coded[s]) {
                ids.add(facts[s].id());
            }
        }
        return ids;
    }

    public synchronized int size() {
        return liveCount;
    }

    private float[] wordScratch = new float[0];
    private float[] bigramScratch = new float[0];
    private float[] meaningScratch = new float[0];

    /**
     * BM25 of the query's terms against every live item, per channel, and the similarity of their meanings
     * (NaN where either has none). The arrays returned are the index's own and are overwritten by the next
     * call: read them while holding the index's lock ({@code synchronized (index)}), as {@link Matcher} does.
     */
    synchronized Scores score(MatchDocument query) {
        if (wordScratch.length < slots) {
            wordScratch = new float[facts.length];
            bigramScratch = new float[facts.length];
            meaningScratch = new float[facts.length];
        } else {
            Arrays.fill(wordScratch, 0, slots, 0f);
            Arrays.fill(bigramScratch, 0, slots, 0f);
        }
        accumulate(words, query.words(), QUERY_WORDS, wordLength, wordScratch);
        accumulate(bigrams, query.bigrams(), QUERY_BIGRAMS, bigramLength, bigramScratch);
        long[] meaning = query.meaning();
        for (int s = 0; s < slots; s++) {
            meaningScratch[s] = meaning != null && coded[s] && alive[s]
                    ? SemanticCode.similarity(meaning, codes, s * SemanticCode.LONGS) : Float.NaN;
        }
        return new Scores(wordScratch, bigramScratch, meaningScratch, slots, alive, facts);
    }

    private void accumulate(Postings channel, List<String> queryTerms, int most, int[] lengths, float[] scores) {
        if (liveCount == 0) {
            return;
        }
        List<Integer> chosen = new ArrayList<>();
        for (String term : new LinkedHashSet<>(queryTerms)) {
            int id = channel.lookup(term);
            if (id >= 0 && channel.size(id) > 0 && (liveCount < 1_000 || channel.size(id) <= COMMON * liveCount)) {
                chosen.add(id);
            }
        }
        chosen.sort((a, b) -> Integer.compare(channel.size(a), channel.size(b)));
        float averageLength = Math.max(1f, (float) channel.liveLength() / liveCount);
        int budget = POSTINGS_BUDGET;
        for (int id : chosen.subList(0, Math.min(most, chosen.size()))) {
            budget -= channel.size(id);
            if (budget < 0) {
                break;
            }
            int df = Math.min(channel.size(id), liveCount);
            float idf = (float) Math.log(1 + (liveCount - df + 0.5) / (df + 0.5));
            int[] list = channel.postings(id);
            for (int i = 0, size = channel.size(id); i < size; i++) {
                int slot = list[i] >>> 8;
                int tf = list[i] & 0xFF;
                scores[slot] += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[slot] / averageLength));
            }
        }
    }

    /** The words an item has in common with a query, rarest first, for the explanation. */
    synchronized List<String> sharedWords(int slot, Set<String> queryWords) {
        List<Integer> shared = new ArrayList<>();
        for (int id : wordIds[slot]) {
            if (queryWords.contains(words.term(id))) {
                shared.add(id);
            }
        }
        shared.sort((a, b) -> words.size(a) != words.size(b) ? Integer.compare(words.size(a), words.size(b))
                : words.term(a).compareTo(words.term(b)));
        return shared.stream().map(words::term).toList();
    }

    /** Scores by slot, and the slots' state when scored. */
    record Scores(float[] words, float[] bigrams, float[] meaning, int slots, boolean[] alive, MatchDocument[] documents) {
    }

    // ---- snapshot: the index as it is, so that a cold start reads arrays instead of analysing text ----

    synchronized void write(DataOutputStream out) throws IOException {
        words.dropDead(alive);
        bigrams.dropDead(alive);
        int[] renumber = new int[slots];
        int live = 0;
        for (int s = 0; s < slots; s++) {
            renumber[s] = alive[s] ? live++ : -1;
        }
        int[] wordNumbers = words.termNumbers(); // the snapshot's numbers: terms no item has any more are left out
        out.writeInt(live);
        for (int s = 0; s < slots; s++) {
            if (alive[s]) {
                MatchDocuments.writeFacts(out, facts[s]);
                Snapshots.writeVarInt(out, wordLength[s]);
                Snapshots.writeVarInt(out, bigramLength[s]);
                Snapshots.writeVarInt(out, wordIds[s].length);
                for (int id : wordIds[s]) {
                    Snapshots.writeVarInt(out, wordNumbers[id]);
                }
            }
        }
        // the meanings as one block of raw longs (random bits do not compress; one read fills the array)
        java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(live * (1 + SemanticCode.LONGS * 8));
        for (int s = 0; s < slots; s++) {
            if (alive[s]) {
                block.put((byte) (coded[s] ? 1 : 0));
            }
        }
        for (int s = 0; s < slots; s++) {
            if (alive[s]) {
                for (int i = 0; i < SemanticCode.LONGS; i++) {
                    block.putLong(codes[s * SemanticCode.LONGS + i]);
                }
            }
        }
        out.write(block.array());
        words.write(out, renumber);
        bigrams.write(out, renumber);
    }

    static MatchIndex read(DataInputStream in) throws IOException {
        MatchIndex index = new MatchIndex();
        int live = in.readInt();
        int capacity = Math.max(256, live);
        long wordsLength = 0;
        long bigramsLength = 0;
        index.facts = new MatchDocument[capacity];
        index.wordIds = new int[capacity][];
        index.wordLength = new int[capacity];
        index.bigramLength = new int[capacity];
        index.alive = new boolean[capacity];
        index.codes = new long[capacity * SemanticCode.LONGS];
        index.coded = new boolean[capacity];
        for (int s = 0; s < live; s++) {
            MatchDocument facts = MatchDocuments.readFacts(in);
            index.facts[s] = facts;
            index.wordLength[s] = Snapshots.readVarInt(in);
            index.bigramLength[s] = Snapshots.readVarInt(in);
            int[] ids = new int[Snapshots.readVarInt(in)];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = Snapshots.readVarInt(in);
            }
            index.wordIds[s] = ids;
            index.alive[s] = true;
            index.positions.put(facts.id(), s);
            wordsLength += index.wordLength[s];
            bigramsLength += index.bigramLength[s];
        }
        index.slots = live;
        index.liveCount = live;
        byte[] block = new byte[live * (1 + SemanticCode.LONGS * 8)];
        in.readFully(block);
        java.nio.ByteBuffer meanings = java.nio.ByteBuffer.wrap(block);
        for (int s = 0; s < live; s++) {
            index.coded[s] = meanings.get() == 1;
        }
        meanings.asLongBuffer().get(index.codes, 0, live * SemanticCode.LONGS);
        index.words = Postings.read(in, wordsLength);
        index.bigrams = Postings.read(in, bigramsLength);
        return index;
    }
}
