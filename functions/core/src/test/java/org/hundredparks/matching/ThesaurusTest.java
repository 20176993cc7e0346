package org.hundredparks.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code matching/thesaurus.txt} is 同义词词林 filtered by the rule in its header, and nothing else: this test derives
 * it from the data HanLP's portable jar ships and compares. {@code mvn test -pl functions/core -Dtest=ThesaurusTest
 * -Dhundredparks.docs.write=true} rewrites the file from the source.
 */
class ThesaurusTest {

    static final Path FILE = Path.of("src/main/resources/matching/thesaurus.txt");
    static final String SOURCE = "/data/dictionary/synonym/CoreSynonym.txt";
    /** 词林's classes of materials (Bm), machines and tools (Bo) and natural substances (Bg). */
    static final List<String> CLASSES = List.of("Bm", "Bo", "Bg");
    /** Within them, weapons (Bo27): its 器械 is arms, where a technology text's 器械 is an instrument. */
    static final List<String> LEFT_OUT = List.of("Bo27");
    static final String HEADER = """
            # Everyday synonyms of physical things, from 同义词词林扩展版 (HIT-SCIR's Tongyici Cilin, extended edition) as the
            # jar com.hankcs:hanlp:portable-1.8.6 ships it (data/dictionary/synonym/CoreSynonym.txt; the jar is under the
            # Apache License 2.0, and 词林 itself is HIT-SCIR's: a deployment should check its terms of use).
            # Generated: ThesaurusTest derives this file from that data by the rule below and fails when the two differ;
            # rewrite it with  mvn test -pl functions/core -Dtest=ThesaurusTest -Dhundredparks.docs.write=true
            # Rule: a group is a 词林 line marked "=" (its words are synonyms; "#" lines are only related, "@" words stand
            # alone) in the classes of physical things a technology text names: materials (Bm 材料), machines and tools
            # (Bo 机具, less its weapons, Bo27, whose 器械 is arms) and natural substances (Bg 自然物); its words of two
            # characters or more that are not stop words (matching/stopwords.txt), each once; a group left with fewer
            # than two words is dropped. 词林's groups are its own, and some are loose (流水 with 湍流): on the development
            # set the table changes nDCG@10 by no more than noise (bench/README.md, "Matching quality"), where the classes
            # were compared on the tuning half: all of 词林's "=" lines, things and knowledge (B, Dd, Dk, Dl), all things (B),
            # and these with science and education (Dk, left out: half of its groups are of the humanities, and its
            # 材料 = 资料 joins a material to a document).
            # A term counts only where the segmenter's words begin and end with it (Synonyms explains why).
            """;

    @Test
    void theThesaurusIsTheRuleAppliedToCilin() throws IOException {
        String expected = derive();
        String actual = Files.readString(FILE);
        if (!expected.equals(actual) && Boolean.getBoolean("hundredparks.docs.write")) {
            Files.writeString(FILE, expected);
            return;
        }
        assertEquals(expected, actual, FILE + " differs from 同义词词林 filtered by its rule; rewrite it with -Dhundredparks.docs.write=true");
        assertTrue(expected.lines().filter(l -> !l.startsWith("#")).count() > 400, "the rule keeps hundreds of groups");
        // one group per head word across both files: a concept is named by its head, and two would merge silently
        List<String> heads = new ArrayList<>();
        for (String file : List.of(Files.readString(FILE), Files.readString(FILE.resolveSibling("synonyms.txt")))) {
            file.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(l -> heads.add(l.split(",")[0].strip()));
        }
        assertEquals(heads.size(), new LinkedHashSet<>(heads).size(), "a head word names two groups");
    }

    @Test
    void aThesaurusWordCountsOnlyAsAWholeWord() {
        TextAnalysis analysis = TextAnalysis.standard();
        assertTrue(analysis.analyse("便携式电脑散热").words().contains("≈计算机"), "电脑 names the group headed by 计算机");
        assertTrue(analysis.analyse("计算机视觉检测").words().contains("≈计算机"));
        assertTrue(analysis.analyse("旋床加工").words().contains("≈车床"), "旋床 is 车床");
        // in 汽车床垫 the segmenter reads 汽车|床垫: no 车床 is there, though the characters are
        assertFalse(analysis.analyse("汽车床垫舒适性").words().contains("≈车床"), analysis.analyse("汽车床垫舒适性").words().toString());
        // the abbreviation table's compounds still count inside a longer word
        assertTrue(analysis.analyse("锂电池组").words().contains("≈锂离子电池"));
    }

    static String derive() throws IOException {
        StringBuilder out = new StringBuilder(HEADER);
        try (InputStream in = ThesaurusTest.class.getResourceAsStream(SOURCE)) {
            assertNotNull(in, SOURCE + " (com.hankcs:hanlp:portable) is not on the test class path");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            for (String line : text.lines().toList()) {
                String[] parts = line.strip().split("[\\s\u3000]+");
                String code = parts[0];
                if (code.length() != 8 || code.charAt(7) != '=' || CLASSES.stream().noneMatch(code::startsWith)
                        || LEFT_OUT.stream().anyMatch(code::startsWith)) {
                    continue;
                }
                Set<String> words = new LinkedHashSet<>();
                for (int i = 1; i < parts.length; i++) {
                    if (parts[i].length() >= 2 && !TextAnalysis.isStopWord(parts[i])) {
                        words.add(parts[i]);
                    }
                }
                if (words.size() >= 2) {
                    out.append(String.join(",", new ArrayList<>(words))).append('\n');
                }
            }
        }
        return out.toString();
    }
}
