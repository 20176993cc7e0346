package org.hundredparks.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data set's reference baseline: BM25 (k1 1.2, b 0.75) over overlapping character bigrams of the
 * whole text, lower-cased. Kept apart from the engine so that the comparison cannot drift.
 */
final class BigramBm25 {

    private final List<String> ids = new ArrayList<>();
    private final List<Map<String, Integer>> tfs = new ArrayList<>();
    private final Map<String, Integer> df = new HashMap<>();
    private double averageLength;
    private final List<Integer> lengths = new ArrayList<>();

    void add(String id, String text) {
        Map<String, Integer> tf = new HashMap<>();
        List<String> grams = grams(text);
        grams.forEach(g -> tf.merge(g, 1, Integer::sum));
        tf.keySet().forEach(g -> df.merge(g, 1, Integer::sum));
        ids.add(id);
        tfs.add(tf);
        lengths.add(grams.size());
    }

    void freeze() {
        averageLength = lengths.stream().mapToInt(Integer::intValue).average().orElse(1);
    }

    List<String> search(String query, int limit) {
        double[] scores = new double[ids.size()];
        for (String g : new java.util.LinkedHashSet<>(grams(query))) {
            Integer n = df.get(g);
            if (n == null) {
                continue;
            }
            double idf = Math.log(1 + (ids.size() - n + 0.5) / (n + 0.5));
            for (int d = 0; d < ids.size(); d++) {
                Integer tf = tfs.get(d).get(g);
                if (tf != null) {
                    scores[d] += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * lengths.get(d) / averageLength));
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int d = 0; d < ids.size(); d++) {
            if (scores[d] > 0) {
                order.add(d);
            }
        }
        order.sort((a, b) -> Double.compare(scores[b], scores[a]));
        return order.stream().limit(limit).map(ids::get).toList();
    }

    static List<String> grams(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + 1 < lower.length(); i++) {
            grams.add(lower.substring(i, i + 2));
        }
        return grams;
    }
}
