package org.hundredparks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.hundredparks.matching.TextAnalysis;
import org.hundredparks.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

/** How a query is read (units and their forms) and how a hit is marked: no index, no storage. */
class QueryTermsTest {

    private static final TextAnalysis ANALYSIS = TextAnalysis.standard();

    private static List<String> units(String q) {
        return QueryTerms.of(q, ANALYSIS).units.stream().map(QueryTerms.Unit::text).toList();
    }

    @Test
    void aLoneCharacterJoinsItsNeighbourAndNoUnitIsASingleCharacter() {
        for (String q : List.of("锂电池回收", "碳化硅器件", "氢能源汽车", "钠离子电池 硬碳")) {
            List<String> units = units(q);
            assertFalse(units.isEmpty(), q);
            assertTrue(units.stream().allMatch(u -> u.length() > 1), q + " → " + units);
            assertEquals(q.replace(" ", ""), String.join("", units), "the units cover the query: " + units);
        }
    }

    @Test
    void partsSplitAtSpacesAndChinesePunctuationAndSynonymsBecomeForms() {
        assertEquals(List.of("储能", "电池"), units("储能，电池"));
        QueryTerms sic = QueryTerms.of("SiC", ANALYSIS);
        assertEquals(1, sic.units.size());
        assertEquals(Set.of("≈碳化硅"), sic.units.get(0).concepts());
        assertTrue(sic.marks.contains("碳化硅"), "a hit is marked where it says the synonym: " + sic.marks);
        InvalidInputException nothing = assertThrows(InvalidInputException.class, () -> QueryTerms.of("的 ，", ANALYSIS));
        assertEquals("QUERY_TOO_SHORT", nothing.violations().get(0).code());
    }

    @Test
    void marksMergeAndAsciiTermsCountOnlyAsWholeWords() {
        // AI and 芯片 touch, 芯 lies inside 芯片: one mark; the ai inside email is no mark; the last ai is
        List<int[]> marks = Highlights.marks("AI芯片与email里的ai", Set.of("ai", "芯片", "芯"));
        assertEquals(List.of("0-4", "12-14"), marks.stream().map(m -> m[0] + "-" + m[1]).toList());
    }

    @Test
    void aFragmentIsCutAroundTheMarksWithEllipsesAndNeverHalfACharacter() {
        String text = "开头".repeat(60) + "飞秒激光隐切" + "结尾".repeat(60);
        SearchResult.Fragment fragment = Highlights.fragment(text, Set.of("飞秒激光"));
        assertTrue(fragment.text().startsWith("…") && fragment.text().endsWith("…"), fragment.text());
        assertTrue(fragment.text().length() <= Highlights.FRAGMENT + 2);
        int[] mark = fragment.marks().get(0);
        assertEquals("飞秒激光", fragment.text().substring(mark[0], mark[1]));

        String astral = "𠀀".repeat(50) + "储能" + "𠀀".repeat(50); // characters outside the BMP: two chars each
        SearchResult.Fragment cut = Highlights.fragment(astral, Set.of("储能"));
        String body = cut.text().replace("…", "");
        assertFalse(Character.isLowSurrogate(body.charAt(0)) || Character.isHighSurrogate(body.charAt(body.length() - 1)), body);
        int[] found = cut.marks().get(0);
        assertEquals("储能", cut.text().substring(found[0], found[1]));
    }
}
