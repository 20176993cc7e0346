package org.hundredparks.matching;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents in numbered slots and their terms in two channels, segmented words and character bigrams: what the match
 * index and the search index share. Each keeps its own values for a slot in arrays at least {@link #capacity()} long.
 * A document that changes or leaves is tombstoned and, when replaced, given a new slot; the postings drop the
 * tombstones once those since the last drop outnumber a quarter of the live documents (and 1,000), so document
 * frequencies stay close to the live ones. Not synchronised: its owner's lock guards it.
 */
public final class TermSlots {

    static final float K1 = 1.2f;
    static final float B = 0.75f;

    /** A document's new slot, and the numbers of its distinct words (the match index keeps them for explanations). */
    public record Added(int slot, int[] words) {
    }

    private Postings words = new Postings();
    private Postings bigrams = new Postings();
    private final Map<String, Integer> positions = new HashMap<>();
    private int[] wordLength = new int[256];
    private int[] bigramLength = new int[256];
    private boolean[] alive = new boolean[256];
    private int slots;
    private int liveCount;
    /** Documents removed since the postings last dropped theirs. */
    private int tombstones;

    /** Gives a document its slot, after the one it may hold is removed ({@link #remove}). */
    public Added add(String id, List<String> documentWords, List<String> documentBigrams) {
        if (slots == alive.length) {
            int grown = slots * 2;
            wordLength = Arrays.copyOf(wordLength, grown);
            bigramLength = Arrays.copyOf(bigramLength, grown);
            alive = Arrays.copyOf(alive, grown);
        }
        int slot = slots++;
        int[] distinct = words.add(slot, documentWords);
        bigrams.add(slot, documentBigrams);
        wordLength[slot] = documentWords.size();
        bigramLength[slot] = documentBigrams.size();
        alive[slot] = true;
        positions.put(id, slot);
        liveCount++;
        return new Added(slot, distinct);
    }

    /** Takes a document out; returns the slot it held, or -1. */
    public int remove(String id) {
        Integer slot = positions.remove(id);
        if (slot == null) {
            return -1;
        }
        alive[slot] = false;
        words.removed(wordLength[slot]);
        bigrams.removed(bigramLength[slot]);
        liveCount--;
        // counted since the last drop: counting dead slots would drop again at every removal once a quarter had died
        if (++tombstones > Math.max(1_000, liveCount / 4)) {
            words.dropDead(alive);
            bigrams.dropDead(alive);
            tombstones = 0;
        }
        return slot;
    }

    /** The slot a document holds, or -1. */
    public int slotOf(String id) {
        Integer slot = positions.get(id);
        return slot == null ? -1 : slot;
    }

    /** How long its owner's per-slot arrays must be. */
    public int capacity() {
        return alive.length;
    }

    /** Slots handed out so far, dead ones included: a loop over documents runs to here. */
    public int slots() {
        return slots;
    }

    public int liveCount() {
        return liveCount;
    }

    public boolean alive(int slot) {
        return alive[slot];
    }

    public boolean[] aliveSlots() {
        return alive;
    }

    public Postings words() {
        return words;
    }

    public Postings bigrams() {
        return bigrams;
    }

    public int wordLength(int slot) {
        return wordLength[slot];
    }

    public int bigramLength(int slot) {
        return bigramLength[slot];
    }

    /** One term's BM25 weight in a document of this length, given the term's idf. */
    public static float bm25(float idf, int tf, int length, float averageLength) {
        return idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / averageLength));
    }

    // ---- snapshot: its owner writes each live document's lengths among its own values, then the postings ----

    /** Drops the tombstones and numbers the live slots from 0, as a snapshot stores them (-1: a dead slot). */
    public int[] renumber() {
        words.dropDead(alive);
        bigrams.dropDead(alive);
        tombstones = 0;
        int[] renumber = new int[slots];
        int live = 0;
        for (int s = 0; s < slots; s++) {
            renumber[s] = alive[s] ? live++ : -1;
        }
        return renumber;
    }

    /** The snapshot's numbers of the words (see {@link Postings#termNumbers}); call after {@link #renumber}. */
    public int[] wordNumbers() {
        return words.termNumbers();
    }

    public void writePostings(DataOutputStream out, int[] renumber) throws IOException {
        words.write(out, renumber);
        bigrams.write(out, renumber);
    }

    /** The slots of a snapshot: its live documents' ids and lengths, read by the owner, then the postings. */
    public static TermSlots read(DataInputStream in, String[] ids, int[] wordLengths, int[] bigramLengths) throws IOException {
        TermSlots terms = new TermSlots();
        int live = ids.length;
        int capacity = Math.max(256, live);
        terms.wordLength = Arrays.copyOf(wordLengths, capacity);
        terms.bigramLength = Arrays.copyOf(bigramLengths, capacity);
        terms.alive = new boolean[capacity];
        long wordsLength = 0;
        long bigramsLength = 0;
        for (int s = 0; s < live; s++) {
            terms.alive[s] = true;
            terms.positions.put(ids[s], s);
            wordsLength += wordLengths[s];
            bigramsLength += bigramLengths[s];
        }
        terms.slots = live;
        terms.liveCount = live;
        terms.words = Postings.read(in, wordsLength);
        terms.bigrams = Postings.read(in, bigramsLength);
        return terms;
    }
}
