package org.hundredparks.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The published items of one list, searchable by BM25 over two term channels (segmented words with
 * synonym concepts, and character bigrams). Postings are growable int arrays; an item that changes or
 * leaves is tombstoned and, when replaced, appended again, so updates from the change feed are cheap.
 */
public final class MatchIndex {

    static final float K1 = 1.2f;
    static final float B = 0.75f;

    /** One channel's inverted index: term → (doc, tf) pairs, packed as doc << 8 | min(tf, 255). */
    static final class Channel {
        final Map<String, int[]> postings = new HashMap<>();
        final Map<String, Integer> sizes = new HashMap<>();
        final Map<String, Integer> liveDf = new HashMap<>();
        long totalLength;

        void add(int doc, List<String> terms) {
            Map<String, Integer> tf = new HashMap<>();
            for (String term : terms) {
                tf.merge(term, 1, Integer::sum);
            }
            for (Map.Entry<String, Integer> entry : tf.entrySet()) {
                int size = sizes.getOrDefault(entry.getKey(), 0);
                int[] list = postings.get(entry.getKey());
                if (list == null || list.length == size) {
                    int[] grown = new int[Math.max(4, size * 2)];
                    if (list != null) {
                        System.arraycopy(list, 0, grown, 0, size);
                    }
                    list = grown;
                    postings.put(entry.getKey(), list);
                }
                list[size] = doc << 8 | Math.min(255, entry.getValue());
                sizes.put(entry.getKey(), size + 1);
                liveDf.merge(entry.getKey(), 1, Integer::sum);
            }
            totalLength += terms.size();
        }

        void remove(List<String> terms) {
            for (String term : new java.util.HashSet<>(terms)) {
                liveDf.merge(term, -1, Integer::sum);
            }
            totalLength -= terms.size();
        }
    }

    private final List<MatchDocument> documents = new ArrayList<>();
    private final List<Boolean> alive = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Channel words = new Channel();
    private final Channel bigrams = new Channel();
    private int liveCount;

    public synchronized void put(MatchDocument document) {
        remove(document.id());
        int doc = documents.size();
        documents.add(document);
        alive.add(true);
        positions.put(document.id(), doc);
        words.add(doc, document.words());
        bigrams.add(doc, document.bigrams());
        liveCount++;
    }

    public synchronized void remove(String id) {
        Integer doc = positions.remove(id);
        if (doc != null && alive.get(doc)) {
            alive.set(doc, false);
            MatchDocument gone = documents.get(doc);
            words.remove(gone.words());
            bigrams.remove(gone.bigrams());
            liveCount--;
        }
    }

    public synchronized MatchDocument get(String id) {
        Integer doc = positions.get(id);
        return doc == null ? null : documents.get(doc);
    }

    public synchronized int size() {
        return liveCount;
    }

    synchronized List<MatchDocument> liveDocuments() {
        List<MatchDocument> live = new ArrayList<>(liveCount);
        for (int i = 0; i < documents.size(); i++) {
            if (alive.get(i)) {
                live.add(documents.get(i));
            }
        }
        return live;
    }

    /** BM25 of the query's terms against every live item, per channel; slots of dead items stay 0. */
    synchronized Scores score(MatchDocument query) {
        float[] wordScores = new float[documents.size()];
        float[] bigramScores = new float[documents.size()];
        accumulate(words, query.words(), wordScores, true);
        accumulate(bigrams, query.bigrams(), bigramScores, false);
        return new Scores(wordScores, bigramScores, documents, alive);
    }

    private void accumulate(Channel channel, List<String> queryTerms, float[] scores, boolean wordChannel) {
        if (liveCount == 0) {
            return;
        }
        float averageLength = Math.max(1f, (float) channel.totalLength / liveCount);
        for (String term : new java.util.LinkedHashSet<>(queryTerms)) {
            int df = channel.liveDf.getOrDefault(term, 0);
            if (df == 0) {
                continue;
            }
            float idf = (float) Math.log(1 + (liveCount - df + 0.5) / (df + 0.5));
            int[] list = channel.postings.get(term);
            int size = channel.sizes.get(term);
            for (int i = 0; i < size; i++) {
                int doc = list[i] >>> 8;
                if (!alive.get(doc)) {
                    continue;
                }
                int tf = list[i] & 0xFF;
                MatchDocument d = documents.get(doc);
                int length = wordChannel ? d.words().size() : d.bigrams().size();
                scores[doc] += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / averageLength));
            }
        }
    }

    /** The inverse document frequency of a word, for choosing which shared words explain a match. */
    synchronized double wordWeight(String word) {
        int df = words.liveDf.getOrDefault(word, 0);
        return Math.log(1 + (liveCount - df + 0.5) / (df + 0.5));
    }

    record Scores(float[] words, float[] bigrams, List<MatchDocument> documents, List<Boolean> alive) {
    }
}
