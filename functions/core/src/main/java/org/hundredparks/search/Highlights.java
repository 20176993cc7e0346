package org.hundredparks.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Marks where a text has what the query found, as {@code [start, end)} character ranges, and cuts the fragment of a
 * long text that has the most of them. Ranges rather than markup: a title may itself contain {@code <}, and the
 * mini-program draws the marks as it likes.
 */
final class Highlights {

    /** About two lines of a phone screen. */
    static final int FRAGMENT = 80;
    /** How much of the text before the first mark a fragment keeps, so the mark is read in its sentence. */
    private static final int LEAD = 12;

    private Highlights() {
    }

    static List<int[]> marks(String text, Set<String> found) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            return List.of(); // a letter whose lower case is longer: offsets would not fit the text shown
        }
        List<int[]> ranges = new ArrayList<>();
        for (String mark : found) {
            if (mark.isEmpty()) {
                continue;
            }
            boolean ascii = mark.chars().allMatch(c -> c < 128);
            for (int at = lower.indexOf(mark); at >= 0; at = lower.indexOf(mark, at + 1)) {
                if (!ascii || wholeWord(lower, at, at + mark.length())) {
                    ranges.add(new int[] {at, at + mark.length()});
                }
            }
        }
        ranges.sort(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> -r[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] range : ranges) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(range.clone());
            }
        }
        return merged;
    }

    /** The window of at most {@link #FRAGMENT} characters with the most marks; "…" where the text was cut. */
    static SearchResult.Fragment fragment(String text, Set<String> found) {
        if (text == null || text.isEmpty()) {
            return new SearchResult.Fragment("", List.of());
        }
        List<int[]> all = marks(text, found);
        if (text.length() <= FRAGMENT) {
            return new SearchResult.Fragment(text, all);
        }
        int start = 0;
        int best = -1;
        for (int[] anchor : all) {
            int from = Math.max(0, Math.min(anchor[0] - LEAD, text.length() - FRAGMENT));
            int inside = (int) all.stream().filter(r -> r[0] >= from && r[1] <= from + FRAGMENT).count();
            if (inside > best) {
                best = inside;
                start = from;
            }
        }
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--; // never half a character
        }
        int end = Math.min(text.length(), start + FRAGMENT);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String prefix = start > 0 ? "…" : "";
        List<int[]> marks = new ArrayList<>();
        for (int[] r : all) {
            if (r[0] >= start && r[1] <= end) {
                marks.add(new int[] {r[0] - start + prefix.length(), r[1] - start + prefix.length()});
            }
        }
        return new SearchResult.Fragment(prefix + text.substring(start, end) + (end < text.length() ? "…" : ""), marks);
    }

    private static boolean wholeWord(String text, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) > 127;
        boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) > 127;
        return before && after;
    }
}
