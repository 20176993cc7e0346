package org.hundredparks.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hundredparks.platform.ColdStart;

/**
 * Words that name one concept: 锂电 and 锂离子电池, SiC and 碳化硅 ({@code matching/synonyms.txt}, the technical
 * abbreviations), 计算机 and 电脑 ({@code matching/thesaurus.txt}, drawn from 同义词词林 by the rule in its header).
 * A text that names any term of a group is given the group's concept, so two texts written with different words
 * still share it.
 *
 * <p>A thesaurus term counts only where the segmenter's words begin and end with it: its terms are short everyday
 * words that a substring search would find across two words (汽车床垫 holds no 车床). The abbreviation table's terms
 * are technical compounds and count wherever they stand (锂电 in 锂电池).
 */
public final class Synonyms {

    private record Term(String text, String concept, boolean ascii, boolean wholeWords) {
    }

    /** One file of groups; {@code wholeWords}: its terms count only on the segmenter's word boundaries. */
    record Source(String resource, boolean wholeWords) {
    }

    private static final Synonyms DEFAULT = ColdStart.timed("synonyms", () -> load(List.of(
            new Source("/matching/synonyms.txt", false), new Source("/matching/thesaurus.txt", true))));

    /** Terms by their first character, longest first: a text is read once, not once per term. */
    private final Map<Character, List<Term>> byFirst;
    private final Map<String, List<String>> termsByConcept;
    private final java.util.Set<String> wholeWordConcepts = new java.util.HashSet<>();

    private Synonyms(List<Term> terms) {
        Map<Character, List<Term>> first = new HashMap<>();
        Map<String, List<String>> byConcept = new LinkedHashMap<>();
        terms.sort(Comparator.comparingInt((Term t) -> t.text().length()).reversed());
        for (Term term : terms) {
            first.computeIfAbsent(term.text().charAt(0), c -> new ArrayList<>()).add(term);
            List<String> texts = byConcept.computeIfAbsent(term.concept(), c -> new ArrayList<>());
            if (!texts.contains(term.text())) {
                texts.add(term.text());
            }
            if (term.wholeWords()) {
                wholeWordConcepts.add(term.concept());
            }
        }
        this.byFirst = first;
        this.termsByConcept = byConcept;
    }

    public static Synonyms standard() {
        return DEFAULT;
    }

    static Synonyms load(List<Source> sources) {
        List<Term> terms = new ArrayList<>();
        for (Source source : sources) {
            try (InputStream in = Synonyms.class.getResourceAsStream(source.resource())) {
                if (in == null) {
                    throw new IllegalStateException("missing " + source.resource());
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] group = line.split(",");
                    String concept = group[0].strip();
                    for (String term : group) {
                        String text = term.strip().toLowerCase(Locale.ROOT);
                        terms.add(new Term(text, concept, text.chars().allMatch(c -> c < 128), source.wholeWords()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Synonyms(terms);
    }

    /**
     * The concepts a text names, each once, by their group's first term, longest terms first. {@code wordBounds}
     * holds the offsets where the segmenter's words of the text begin and end.
     */
    public Set<String> concepts(String lowerCaseText, BitSet wordBounds) {
        List<Occurrence> found = new ArrayList<>(occurrences(lowerCaseText, wordBounds));
        found.sort(Comparator.comparingInt((Occurrence o) -> o.end() - o.start()).reversed());
        Set<String> concepts = new LinkedHashSet<>();
        for (Occurrence occurrence : found) {
            concepts.add(occurrence.concept());
        }
        return concepts;
    }

    /** Where a text names a concept: the term's place in the lower-cased text. */
    public record Occurrence(int start, int end, String concept) {
    }

    /** Every place the text names a concept. {@code wordBounds}: as for {@link #concepts}. */
    public List<Occurrence> occurrences(String lowerCaseText, BitSet wordBounds) {
        List<Occurrence> found = new ArrayList<>();
        for (int at = 0; at < lowerCaseText.length(); at++) {
            List<Term> candidates = byFirst.get(lowerCaseText.charAt(at));
            if (candidates == null) {
                continue;
            }
            for (Term term : candidates) {
                int end = at + term.text().length();
                if (lowerCaseText.startsWith(term.text(), at)
                        && (!term.ascii() || wholeWord(lowerCaseText, at, term.text().length()))
                        && (!term.wholeWords() || wordBounds.get(at) && wordBounds.get(end))) {
                    found.add(new Occurrence(at, end, term.concept()));
                }
            }
        }
        return found;
    }

    /** The terms of a concept's group, lower-cased: the words a text may use for it. */
    public List<String> termsOf(String concept) {
        return termsByConcept.getOrDefault(concept, List.of());
    }

    /** Whether the concept's terms count only as whole words (the thesaurus's), so that nobody marks them inside others. */
    public boolean wholeWords(String concept) {
        return wholeWordConcepts.contains(concept);
    }

    /** An ASCII term counts only on its own: "ai" is not found in "email", "ic" not in "silicon". */
    private static boolean wholeWord(String text, int at, int length) {
        boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) > 127;
        int end = at + length;
        boolean after = end >= text.length() || !Character.isLetter(text.charAt(end)) || text.charAt(end) > 127;
        return before && after;
    }
}
