package org.hundredparks.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hundredparks.reference.Taxonomy;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListType;

/**
 * Published items by category of the programme's taxonomies, so that tables compare across provinces and phases:
 * achievements and challenges by 战略性新兴产业 field, talent needs and staff offers by discipline. The submitter's
 * own words are kept beside the category in an appendix table, unmapped ones first, for the curators.
 */
final class FieldTables {

    static final String UNMAPPED = "未归类";
    static final String INDUSTRIES = "已发布条目（按产业领域）";
    static final String DISCIPLINES = "人才需求与选派人员（按学科）";
    static final String MAPPING = "领域归类对照";

    private static final List<ListType> INDUSTRY_LISTS = List.of(ListType.ACHIEVEMENT, ListType.CHALLENGE);
    private static final List<ListType> DISCIPLINE_LISTS = List.of(ListType.TALENT_NEED, ListType.STAFF_OFFER);

    /** category → list → count, in the taxonomy's order, 未归类 last. */
    private final Map<Taxonomy.Category, int[]> industries = new LinkedHashMap<>();
    private final Map<Taxonomy.Category, int[]> disciplines = new LinkedHashMap<>();
    private final int[] unmappedIndustries = new int[2];
    private final int[] unmappedDisciplines = new int[2];
    private final Map<String, Optional<Taxonomy.Category>> industryOf = new HashMap<>();
    private final Map<String, Optional<Taxonomy.Category>> disciplineOf = new HashMap<>();
    /** list \0 submitter's words → [category name, count] */
    private final Map<String, Object[]> mapping = new TreeMap<>();

    FieldTables() {
        Taxonomy.emergingIndustries().categories().forEach(c -> industries.put(c, new int[2]));
        Taxonomy.disciplines().categories().forEach(c -> disciplines.put(c, new int[2]));
    }

    void count(ListItem item) {
        boolean industry = INDUSTRY_LISTS.contains(item.type());
        List<ListType> lists = industry ? INDUSTRY_LISTS : DISCIPLINE_LISTS;
        Taxonomy taxonomy = industry ? Taxonomy.emergingIndustries() : Taxonomy.disciplines();
        String words = item.fields().field() == null || item.fields().field().isBlank() ? "（未填写）" : item.fields().field().strip();
        // items share a few field texts: each is placed once (a miss is remembered too, as Optional.empty)
        Taxonomy.Category category = (industry ? industryOf : disciplineOf)
                .computeIfAbsent(words, w -> Optional.ofNullable(taxonomy.classify(item.fields().field()))).orElse(null);
        int column = lists.indexOf(item.type());
        if (category == null) {
            (industry ? unmappedIndustries : unmappedDisciplines)[column]++;
        } else {
            (industry ? industries : disciplines).get(category)[column]++;
        }
        Object[] row = mapping.computeIfAbsent(item.type().label() + "\u0000" + words,
                k -> new Object[] {category == null ? UNMAPPED : name(category), 0});
        row[1] = (Integer) row[1] + 1;
    }

    /** Rows only for categories that have items, and one 未归类 row: never more rows than categories, plus one. */
    List<ReportFigures.Table> tables() {
        List<List<Object>> industryRows = new ArrayList<>();
        industries.forEach((category, counts) -> addRow(industryRows, List.of(category.name()), counts));
        addRow(industryRows, List.of(UNMAPPED), unmappedIndustries);
        List<List<Object>> disciplineRows = new ArrayList<>();
        disciplines.forEach((category, counts) -> addRow(disciplineRows,
                List.of(category.group(), category.group().equals(category.name()) ? "—" : category.name()), counts));
        addRow(disciplineRows, List.of(UNMAPPED, "—"), unmappedDisciplines);
        List<List<Object>> mappingRows = new ArrayList<>();
        mapping.forEach((key, value) -> {
            String[] parts = key.split("\u0000", 2);
            mappingRows.add(List.of(parts[0], parts[1], value[0], value[1]));
        });
        mappingRows.sort((a, b) -> Boolean.compare(!UNMAPPED.equals(a.get(2)), !UNMAPPED.equals(b.get(2))));
        return List.of(
                new ReportFigures.Table(INDUSTRIES, List.of("产业领域", ListType.ACHIEVEMENT.label(), ListType.CHALLENGE.label(), "合计"),
                        industryRows),
                new ReportFigures.Table(DISCIPLINES, List.of("学科门类", "一级学科", ListType.TALENT_NEED.label(),
                        ListType.STAFF_OFFER.label(), "合计"), disciplineRows),
                new ReportFigures.Table(MAPPING, List.of("清单", "提交者填写", "归入", "条目数"), mappingRows));
    }

    int unmapped() {
        return unmappedIndustries[0] + unmappedIndustries[1] + unmappedDisciplines[0] + unmappedDisciplines[1];
    }

    private static String name(Taxonomy.Category category) {
        return category.group() == null || category.group().equals(category.name()) ? category.name()
                : category.group() + "/" + category.name();
    }

    private static void addRow(List<List<Object>> rows, List<Object> label, int[] counts) {
        if (counts[0] + counts[1] > 0) {
            List<Object> row = new ArrayList<>(label);
            row.add(counts[0]);
            row.add(counts[1]);
            row.add(counts[0] + counts[1]);
            rows.add(row);
        }
    }
}
