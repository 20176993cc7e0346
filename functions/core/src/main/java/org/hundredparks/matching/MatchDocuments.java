package org.hundredparks.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hundredparks.submission.AchievementFields;
import org.hundredparks.submission.ChallengeFields;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.StaffOfferFields;
import org.hundredparks.submission.TalentNeedFields;

/** Builds the matching view of an item from the fields its list has. */
public final class MatchDocuments {

    private final TextAnalysis analysis;

    public MatchDocuments(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    public MatchDocument of(ListItem item) {
        if (item.fields() instanceof AchievementFields a) {
            return build(item.id(), ListType.ACHIEVEMENT, a.title(), join(a.summary(), a.keywords()), a.technologyField(),
                    a.trl(), names(a.cooperationModes()), a.regionCode(), a.askingPriceYuan(), Set.of());
        }
        if (item.fields() instanceof ChallengeFields c) {
            return build(item.id(), ListType.CHALLENGE, c.title(), join(c.problem() + "\n" + nullToEmpty(c.indicators()),
                    c.keywords()), c.technologyField(), c.requiredTrl(), Set.of(), c.regionCode(), c.budgetYuan(), Set.of());
        }
        if (item.fields() instanceof TalentNeedFields t) {
            return build(item.id(), ListType.TALENT_NEED, t.title(), nullToEmpty(t.discipline()) + "\n" + nullToEmpty(t.description()),
                    null, null, Set.of(), t.regionCode(), null, t.role() == null ? Set.of() : Set.of(t.role().name()));
        }
        StaffOfferFields s = (StaffOfferFields) item.fields();
        return build(item.id(), ListType.STAFF_OFFER, s.title(), nullToEmpty(s.department()) + "\n"
                + join(s.description(), s.researchAreas()), null, null, Set.of(), s.regionCode(), null, names(s.rolesAvailable()));
    }

    /**
     * The matching view of any record. Roles a text names (科技副总, 技术顾问, 科研助理) count when the record
     * has no role field, as in free-text needs.
     */
    public MatchDocument build(String id, ListType type, String title, String body, String field, Integer trl,
            Set<String> modes, String regionCode, Long amountYuan, Set<String> roles) {
        String text = nullToEmpty(title) + "\n" + nullToEmpty(title) + "\n" + nullToEmpty(body); // the title says most: twice
        TextAnalysis.Terms terms = analysis.analyse(text);
        Set<String> effectiveRoles = roles.isEmpty() && (type == ListType.TALENT_NEED || type == ListType.STAFF_OFFER)
                ? rolesNamedIn(text) : roles;
        return new MatchDocument(id, type, title, List.copyOf(terms.words()), List.copyOf(terms.bigrams()),
                blankToNull(field), trl, Set.copyOf(modes), blankToNull(regionCode), amountYuan, Set.copyOf(effectiveRoles));
    }

    static Set<String> rolesNamedIn(String text) {
        Set<String> roles = new LinkedHashSet<>();
        if (text.contains("科技副总") || text.contains("技术副总")) {
            roles.add("TECH_VICE_PRESIDENT");
        }
        if (text.contains("技术顾问")) {
            roles.add("TECHNICAL_ADVISER");
        }
        if (text.contains("科研助理")) {
            roles.add("RESEARCH_ASSISTANT");
        }
        return roles;
    }

    private static String join(String text, List<String> keywords) {
        List<String> parts = new ArrayList<>();
        parts.add(nullToEmpty(text));
        if (keywords != null) {
            parts.add(String.join(" ", keywords));
        }
        return String.join("\n", parts);
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        return values == null ? Set.of() : values.stream().map(Enum::name).collect(Collectors.toSet());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
