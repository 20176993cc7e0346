package org.hundredparks.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A classification that submitters' free-text fields are placed in, so that statistics compare across provinces and
 * phases: the nine fields of 战略性新兴产业分类（2018） for technology fields, and the 学科门类/一级学科 of the 2022
 * catalogue for disciplines. The rule, the same for both and stated in each file's header: a text belongs to the
 * category of the longest of the taxonomy's words it holds, the first category listed on a tie; a text that holds
 * none is unmapped, and the submitter's words are always kept beside the category.
 */
public final class Taxonomy {

    /** One category: its code, its name, and the name of the group it sits in (a discipline's 门类), if any. */
    public record Category(String code, String name, String group) {
    }

    private record Word(String text, int order, Category category) {
    }

    private static final Taxonomy INDUSTRIES = readIndustries();
    private static final Taxonomy DISCIPLINES = readDisciplines();

    private final List<Category> categories;
    /** Longest first, then in the order the categories are listed: the first that the text holds wins. */
    private final List<Word> words;

    private Taxonomy(List<Category> categories, List<Word> words) {
        this.categories = List.copyOf(categories);
        this.words = words.stream().sorted(Comparator.comparingInt((Word w) -> -w.text().length()).thenComparingInt(Word::order))
                .toList();
    }

    /** 战略性新兴产业分类（2018）'s nine fields. */
    public static Taxonomy emergingIndustries() {
        return INDUSTRIES;
    }

    /** 研究生教育学科专业目录（2022年）: 一级学科, or a whole 门类 where the platform needs no finer. */
    public static Taxonomy disciplines() {
        return DISCIPLINES;
    }

    public List<Category> categories() {
        return categories;
    }

    /** The category of a submitter's text, or null when none of the taxonomy's words is in it. */
    public Category classify(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (Word word : words) {
            if (lower.contains(word.text())) {
                return word.category();
            }
        }
        return null;
    }

    private static Taxonomy readIndustries() {
        Map<String, String> names = new LinkedHashMap<>();
        ReferenceData.read("emerging-industries-2018.csv", row -> names.put(row.get(0), row.get(1)));
        List<Category> categories = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        ReferenceData.read("emerging-industry-words.csv", row -> {
            Category category = new Category(row.get(0), names.get(row.get(0)), null);
            categories.add(category);
            addWords(words, row.get(1), categories.size(), category);
        });
        return new Taxonomy(categories, words);
    }

    private static Taxonomy readDisciplines() {
        Map<String, String> groups = new LinkedHashMap<>();
        List<Category> categories = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        ReferenceData.read("disciplines-2022.csv", row -> {
            String code = row.get(0);
            if (row.get(2).isBlank()) { // a 门类 whose 一级学科 are listed after it
                groups.put(code, row.get(1));
                return;
            }
            String group = code.length() == 4 ? groups.get(code.substring(0, 2)) : row.get(1);
            Category category = new Category(code, row.get(1), group);
            categories.add(category);
            addWords(words, row.get(2), categories.size(), category);
        });
        return new Taxonomy(categories, words);
    }

    private static void addWords(List<Word> words, String list, int order, Category category) {
        for (String word : list.strip().split("\\s+")) {
            words.add(new Word(word.toLowerCase(java.util.Locale.ROOT), order, category));
        }
    }
}
