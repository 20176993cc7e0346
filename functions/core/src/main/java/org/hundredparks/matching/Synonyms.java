package org.hundredparks.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The synonym groups of {@code matching/synonyms.txt}: 锂电 and 锂离子电池, SiC and 碳化硅, LLM and 大模型
 * are one concept. A text that names any term of a group is given the group's concept, so two texts
 * written with different words still share it.
 */
public final class Synonyms {

    private record Term(String text, String concept, boolean ascii) {
    }

    private static final Synonyms DEFAULT = load("/matching/synonyms.txt");

    private final List<Term> terms;

    private Synonyms(List<Term> terms) {
        this.terms = terms;
    }

    public static Synonyms standard() {
        return DEFAULT;
    }

    static Synonyms load(String resource) {
        List<Term> terms = new ArrayList<>();
        try (InputStream in = Synonyms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
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
                    terms.add(new Term(text, concept, text.chars().allMatch(c -> c < 128)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        terms.sort(Comparator.comparingInt((Term t) -> t.text().length()).reversed());
        return new Synonyms(terms);
    }

    /** The concepts a text names, each once, by their group's first term. */
    public Set<String> concepts(String lowerCaseText) {
        Set<String> found = new LinkedHashSet<>();
        for (Term term : terms) {
            int at = lowerCaseText.indexOf(term.text());
            while (at >= 0) {
                if (!term.ascii() || wholeWord(lowerCaseText, at, term.text().length())) {
                    found.add(term.concept());
                    break;
                }
                at = lowerCaseText.indexOf(term.text(), at + 1);
            }
        }
        return found;
    }

    /** Where a text names a concept: the term's place in the lower-cased text. */
    public record Occurrence(int start, int end, String concept) {
    }

    /** Every place the text names a concept, longest terms first. */
    public List<Occurrence> occurrences(String lowerCaseText) {
        List<Occurrence> found = new ArrayList<>();
        for (Term term : terms) {
            for (int at = lowerCaseText.indexOf(term.text()); at >= 0; at = lowerCaseText.indexOf(term.text(), at + 1)) {
                if (!term.ascii() || wholeWord(lowerCaseText, at, term.text().length())) {
                    found.add(new Occurrence(at, at + term.text().length(), term.concept()));
                }
            }
        }
        return found;
    }

    /** The terms of a concept's group, lower-cased: the words a text may use for it. */
    public List<String> termsOf(String concept) {
        return terms.stream().filter(t -> t.concept().equals(concept)).map(Term::text).toList();
    }

    /** An ASCII term counts only on its own: "ai" is not found in "email", "ic" not in "silicon". */
    private static boolean wholeWord(String text, int at, int length) {
        boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) > 127;
        int end = at + length;
        boolean after = end >= text.length() || !Character.isLetter(text.charAt(end)) || text.charAt(end) > 127;
        return before && after;
    }
}
