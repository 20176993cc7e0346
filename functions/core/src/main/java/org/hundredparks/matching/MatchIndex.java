package org.hundredparks.matching;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The published items of one list, searchable by BM25 over two term channels (segmented words with
 * synonym concepts, and character bigrams). Terms are numbered once per channel; postings are
 * primitive arrays of {@code slot << 8 | tf} ({@link TermSlots}, shared with search); an item keeps only its
 * structured facts, its meaning and its word numbers (for explanations).
 */
public final class MatchIndex {

    /** In a large list, a term in more than this share of the items says little and costs the most time. */
    static final double COMMON = 0.15;
    /** From this many items on, a list's own frequencies say which terms are common. */
    static final int COMMON_FROM = 1_000;
    /** The rarest terms of a query that are scored, per channel; the rest add little but time. */
    static final int QUERY_WORDS = 32;
    static final int QUERY_BIGRAMS = 48;
    /**
     * The most postings one channel reads for a query, rarest terms first: bounds the time of a match in
     * a large list (a term past the budget is one that many items share, and weighs little).
     */
    static final int POSTINGS_BUDGET = 150_000;

    private final TermSlots terms;
    private MatchDocument[] facts;
    private int[][] wordIds;
    /** Each slot's {@link SemanticCode} side by side, so that comparing a query with a whole list is one pass. */
    private long[] codes;
    private boolean[] coded;

    public synchronized void put(MatchDocument document) {
        remove(document.id());
        TermSlots.Added added = terms.add(document.id(), document.words(), document.bigrams());
        if (facts.length < terms.capacity()) {
            int grown = terms.capacity();
            facts = Arrays.copyOf(facts, grown);
            wordIds = Arrays.copyOf(wordIds, grown);
            codes = Arrays.copyOf(codes, grown * SemanticCode.LONGS);
            coded = Arrays.copyOf(coded, grown);
        }
        int slot = added.slot();
        facts[slot] = new MatchDocument(document.id(), document.kind(), document.title(), List.of(), List.of(), document.field(),
                document.trl(), document.modes(), document.regionCode(), document.amountYuan(), document.roles(), document.industry(),
                null, document.textHash()); // its meaning lives in codes
        wordIds[slot] = added.words();
        setCode(slot, document.meaning());
    }

    private void setCode(int slot, long[] meaning) {
        coded[slot] = meaning != null;
        if (meaning != null) {
            System.arraycopy(meaning, 0, codes, slot * SemanticCode.LONGS, SemanticCode.LONGS);
        }
    }

    public synchronized void remove(String id) {
        int slot = terms.remove(id);
        if (slot >= 0) {
            facts[slot] = null;
            wordIds[slot] = null;
        }
    }

    /** The stored facts of an item (its terms are kept only as postings). */
    public synchronized MatchDocument get(String id) {
        int slot = terms.slotOf(id);
        if (slot < 0) {
            return null;
        }
        return coded[slot] ? facts[slot].withMeaning(Arrays.copyOfRange(codes, slot * SemanticCode.LONGS, (slot + 1) * SemanticCode.LONGS))
                : facts[slot];
    }

    /** The slot an item occupies, or -1. */
    synchronized int slotOf(String id) {
        return terms.slotOf(id);
    }

    /** The live items that have no meaning yet (indexed when there was no time to run the model). */
    synchronized List<String> withoutMeaning() {
        List<String> ids = new ArrayList<>();
        for (int s = 0; s < terms.slots(); s++) {
            if (terms.alive(s) && !coded[s]) {
                ids.add(facts[s].id());
            }
        }
        return ids;
    }

    public synchronized int size() {
        return terms.liveCount();
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
        int slots = terms.slots();
        if (wordScratch.length < slots) {
            wordScratch = new float[facts.length];
            bigramScratch = new float[facts.length];
            meaningScratch = new float[facts.length];
        } else {
            Arrays.fill(wordScratch, 0, slots, 0f);
            Arrays.fill(bigramScratch, 0, slots, 0f);
        }
        accumulate(terms.words(), query.words(), QUERY_WORDS, true, wordScratch);
        accumulate(terms.bigrams(), query.bigrams(), QUERY_BIGRAMS, false, bigramScratch);
        long[] meaning = query.meaning();
        for (int s = 0; s < slots; s++) {
            meaningScratch[s] = meaning != null && coded[s] && terms.alive(s)
                    ? SemanticCode.similarity(meaning, codes, s * SemanticCode.LONGS) : Float.NaN;
        }
        return new Scores(wordScratch, bigramScratch, meaningScratch, slots, terms.aliveSlots(), facts);
    }

    private void accumulate(Postings channel, List<String> queryTerms, int most, boolean ofWords, float[] scores) {
        int liveCount = terms.liveCount();
        if (liveCount == 0) {
            return;
        }
        List<Integer> chosen = new ArrayList<>();
        for (String term : new LinkedHashSet<>(queryTerms)) {
            int id = channel.lookup(term);
            if (id >= 0 && channel.size(id) > 0 && !isCommon(channel.size(id), liveCount)) {
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
                int slot = Postings.slot(list[i]);
                int length = ofWords ? terms.wordLength(slot) : terms.bigramLength(slot);
                scores[slot] += TermSlots.bm25(idf, Postings.tf(list[i]), length, averageLength);
            }
        }
    }

    /**
     * The document-frequency floor, the same for scoring and for explanations: a term in more than {@link #COMMON}
     * of a large list's items is neither scored nor shown as a shared point.
     */
    static boolean isCommon(int documentFrequency, int liveCount) {
        return liveCount >= COMMON_FROM && documentFrequency > COMMON * liveCount;
    }

    /** The words an item has in common with a query, rarest first, for the explanation; common ones left out. */
    synchronized List<String> sharedWords(int slot, Set<String> queryWords) {
        Postings words = terms.words();
        int liveCount = terms.liveCount();
        List<Integer> shared = new ArrayList<>();
        for (int id : wordIds[slot]) {
            if (queryWords.contains(words.term(id)) && !isCommon(words.size(id), liveCount)) {
                shared.add(id);
            }
        }
        shared.sort((a, b) -> words.size(a) != words.size(b) ? Integer.compare(words.size(a), words.size(b))
                : words.term(a).compareTo(words.term(b)));
        return shared.stream().map(words::term).toList();
    }

    /** Whether an item's text has the word (the index keeps an item's words as numbers only). */
    synchronized boolean has(int slot, String word) {
        int id = terms.words().lookup(word);
        if (id >= 0) {
            for (int own : wordIds[slot]) {
                if (own == id) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Scores by slot, and the slots' state when scored. */
    record Scores(float[] words, float[] bigrams, float[] meaning, int slots, boolean[] alive, MatchDocument[] documents) {
    }

    // ---- snapshot: the index as it is, so that a cold start reads arrays instead of analysing text ----

    synchronized void write(DataOutputStream out) throws IOException {
        int[] renumber = terms.renumber();
        int[] wordNumbers = terms.wordNumbers(); // the snapshot's numbers: terms no item has any more are left out
        int slots = terms.slots();
        int live = terms.liveCount();
        out.writeInt(live);
        for (int s = 0; s < slots; s++) {
            if (terms.alive(s)) {
                MatchDocuments.writeFacts(out, facts[s]);
                Snapshots.writeVarInt(out, terms.wordLength(s));
                Snapshots.writeVarInt(out, terms.bigramLength(s));
                Snapshots.writeVarInt(out, wordIds[s].length);
                for (int id : wordIds[s]) {
                    Snapshots.writeVarInt(out, wordNumbers[id]);
                }
            }
        }
        // the meanings as one block of raw longs (random bits do not compress; one read fills the array)
        java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(live * (1 + SemanticCode.LONGS * 8));
        for (int s = 0; s < slots; s++) {
            if (terms.alive(s)) {
                block.put((byte) (coded[s] ? 1 : 0));
            }
        }
        for (int s = 0; s < slots; s++) {
            if (terms.alive(s)) {
                for (int i = 0; i < SemanticCode.LONGS; i++) {
                    block.putLong(codes[s * SemanticCode.LONGS + i]);
                }
            }
        }
        out.write(block.array());
        terms.writePostings(out, renumber);
    }

    static MatchIndex read(DataInputStream in) throws IOException {
        int live = in.readInt();
        int capacity = Math.max(256, live);
        MatchDocument[] facts = new MatchDocument[capacity];
        int[][] wordIds = new int[capacity][];
        String[] ids = new String[live];
        int[] wordLengths = new int[live];
        int[] bigramLengths = new int[live];
        for (int s = 0; s < live; s++) {
            facts[s] = MatchDocuments.readFacts(in);
            ids[s] = facts[s].id();
            wordLengths[s] = Snapshots.readVarInt(in);
            bigramLengths[s] = Snapshots.readVarInt(in);
            int[] words = new int[Snapshots.readVarInt(in)];
            for (int i = 0; i < words.length; i++) {
                words[i] = Snapshots.readVarInt(in);
            }
            wordIds[s] = words;
        }
        long[] codes = new long[capacity * SemanticCode.LONGS];
        boolean[] coded = new boolean[capacity];
        byte[] block = new byte[live * (1 + SemanticCode.LONGS * 8)];
        in.readFully(block);
        java.nio.ByteBuffer meanings = java.nio.ByteBuffer.wrap(block);
        for (int s = 0; s < live; s++) {
            coded[s] = meanings.get() == 1;
        }
        meanings.asLongBuffer().get(codes, 0, live * SemanticCode.LONGS);
        return new MatchIndex(TermSlots.read(in, ids, wordLengths, bigramLengths), facts, wordIds, codes, coded);
    }

    public MatchIndex() {
        this(new TermSlots(), new MatchDocument[256], new int[256][], new long[256 * SemanticCode.LONGS], new boolean[256]);
    }

    private MatchIndex(TermSlots terms, MatchDocument[] facts, int[][] wordIds, long[] codes, boolean[] coded) {
        this.terms = terms;
        this.facts = facts;
        this.wordIds = wordIds;
        this.codes = codes;
        this.coded = coded;
    }
}
