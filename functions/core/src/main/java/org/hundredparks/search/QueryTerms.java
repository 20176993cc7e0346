package org.hundredparks.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hundredparks.matching.Synonyms;
import org.hundredparks.matching.TextAnalysis;
import org.hundredparks.validation.InvalidInputException;

/**
 * A query as search reads it. The query is split at spaces and punctuation, and each part cut into <em>units</em>:
 * the segmenter's words, a lone character joined to the word before it (碳化|硅 → 碳化硅) or, first in its part, to
 * the word after it (锂|电池 → 锂电池), since one character alone says too little to require. An item matches when it
 * has every unit, each in one of three forms: the same word, every bigram of the unit (the item's text was segmented
 * differently; postings keep no positions, so the bigrams may stand apart), or a synonym of it (a concept of
 * {@code synonyms.txt} or {@code thesaurus.txt} that the query names where the unit stands). Ranking then weighs every word, concept and
 * bigram of the query by BM25, the rare ones most.
 */
final class QueryTerms {

    /** One unit, and the three forms an item may have it in. */
    record Unit(String text, String word, List<String> bigrams, Set<String> concepts) {
    }

    /** Where a unit stands in its part; {@code lone} while it is a single character waiting for the word after it. */
    private static final class Span {
        final int start;
        int end;
        boolean lone;

        Span(int start, int end, boolean lone) {
            this.start = start;
            this.end = end;
            this.lone = lone;
        }
    }

    final List<Unit> units = new ArrayList<>();
    /** What ranking weighs, by channel. */
    final Set<String> words = new LinkedHashSet<>();
    final Set<String> bigrams = new LinkedHashSet<>();
    /** The strings a hit's title and fragment mark: the query's own words and every term of the concepts it names. */
    final Set<String> marks = new LinkedHashSet<>();

    static QueryTerms of(String q, TextAnalysis analysis) {
        QueryTerms terms = new QueryTerms();
        for (String part : q.toLowerCase(Locale.ROOT).split("[\\s,，、;；。]+")) {
            if (!part.isEmpty()) {
                terms.add(part, analysis);
            }
        }
        if (terms.units.isEmpty()) {
            throw new InvalidInputException("QUERY_TOO_SHORT", "q", "请输入至少一个词（两个汉字，或一个英文单词）");
        }
        return terms;
    }

    private void add(String part, TextAnalysis analysis) {
        Synonyms synonyms = analysis.synonyms();
        List<TextAnalysis.Segment> segments = analysis.segments(part);
        List<Synonyms.Occurrence> named = synonyms.occurrences(part, TextAnalysis.wordBounds(segments));
        List<Span> spans = new ArrayList<>();
        for (TextAnalysis.Segment segment : segments) {
            if (segment.word().codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            boolean lone = segment.word().length() == 1 && TextAnalysis.isHan(segment.word().charAt(0));
            Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            boolean adjoining = last != null && last.end == segment.start();
            if (adjoining && (lone || last.lone)) {
                last.end = segment.end(); // a lone character joins the word before it, or a lone first one the word after
                last.lone = last.lone && lone;
            } else {
                spans.add(new Span(segment.start(), segment.end(), lone));
            }
            if (TextAnalysis.isMeaningful(segment.word())) {
                words.add(segment.word());
                marks.add(segment.word());
            }
        }
        for (Span span : spans) {
            String text = part.substring(span.start, span.end);
            Set<String> concepts = new LinkedHashSet<>();
            for (Synonyms.Occurrence occurrence : named) {
                if (occurrence.start() < span.end && span.start < occurrence.end()) {
                    concepts.add("≈" + occurrence.concept());
                }
            }
            List<String> unitBigrams = List.copyOf(new LinkedHashSet<>(TextAnalysis.bigrams(text)));
            String word = TextAnalysis.isMeaningful(text) ? text : null;
            if (word == null && unitBigrams.isEmpty() && concepts.isEmpty()) {
                continue; // a lone character or digit: nothing to require
            }
            units.add(new Unit(text, word, unitBigrams, concepts));
            if (word != null) {
                words.add(word);
                marks.add(word);
            }
            words.addAll(concepts);
            for (String concept : concepts) {
                // a thesaurus word is marked only as the query wrote it: marks are found as substrings, and its
                // everyday words stand inside others (流水 in 流水线)
                if (!synonyms.wholeWords(concept.substring(1))) {
                    marks.addAll(synonyms.termsOf(concept.substring(1)));
                }
            }
        }
        bigrams.addAll(TextAnalysis.bigrams(part));
    }
}
