package org.hundredparks.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.hundredparks.platform.ColdStart;

/**
 * Turns Chinese technical text into the terms matching compares: words from Lucene's SmartChinese
 * segmenter (a hidden-Markov model over its bundled dictionary) less the genre's own words, character bigrams of
 * the Chinese runs (they catch compounds the dictionary splits differently), and the synonym concepts the text names.
 */
public final class TextAnalysis {

    /** Terms of one text, by kind. Words include the synonym concepts, prefixed {@code ≈}. */
    public record Terms(List<String> words, List<String> bigrams) {
    }

    private static final Analyzer WORDS = ColdStart.timed("segmenter", SmartChineseAnalyzer::new);
    /** {@code matching/stopwords.txt}: the genre's own words (需求, 问题, 系统, 实现 ...), which say nothing of a technology. */
    private static final Set<String> STOP_WORDS = stopWords("/matching/stopwords.txt");

    private final Synonyms synonyms;

    public TextAnalysis(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    public static TextAnalysis standard() {
        return new TextAnalysis(Synonyms.standard());
    }

    /** A word of a text and where it stands in the lower-cased text (search marks what a query found). */
    public record Segment(String word, int start, int end) {
    }

    /** The segmenter's words of a text, single characters included, with their offsets. */
    public List<Segment> segments(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        List<Segment> segments = new ArrayList<>();
        try (TokenStream stream = WORDS.tokenStream("text", lower)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                segments.add(new Segment(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return segments;
    }

    /** The offsets where the segments begin and end: where a thesaurus term may stand. */
    public static BitSet wordBounds(List<Segment> segments) {
        BitSet bounds = new BitSet();
        for (Segment segment : segments) {
            bounds.set(segment.start());
            bounds.set(segment.end());
        }
        return bounds;
    }

    public Synonyms synonyms() {
        return synonyms;
    }

    public Terms analyse(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        BitSet wordBounds = new BitSet(lower.length() + 1);
        try (TokenStream stream = WORDS.tokenStream("text", lower)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                wordBounds.set(offset.startOffset());
                wordBounds.set(offset.endOffset());
                if (isMeaningful(word) && !STOP_WORDS.contains(word)) {
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String concept : synonyms.concepts(lower, wordBounds)) {
            words.add("≈" + concept);
        }
        return new Terms(words, bigrams(lower));
    }

    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    private static Set<String> stopWords(String resource) {
        try (InputStream in = TextAnalysis.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Single Chinese characters (的, 及, 与 ...) and lone digits say little about a technology. */
    public static boolean isMeaningful(String word) {
        if (word.length() == 1) {
            return Character.isLetter(word.charAt(0)) && word.charAt(0) < 128;
        }
        return !word.chars().allMatch(Character::isDigit);
    }

    public static List<String> bigrams(String text) {
        List<String> bigrams = new ArrayList<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (isHan(text.charAt(i)) && isHan(text.charAt(i + 1))) {
                bigrams.add(text.substring(i, i + 2));
            }
        }
        return bigrams;
    }

    public static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
