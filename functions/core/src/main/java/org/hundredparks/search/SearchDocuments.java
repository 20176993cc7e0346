package org.hundredparks.search;

import java.util.ArrayList;
import java.util.List;
import org.hundredparks.enterprise.Enterprise;
import org.hundredparks.enterprise.EnterpriseFields;
import org.hundredparks.matching.TextAnalysis;
import org.hundredparks.submission.AchievementFields;
import org.hundredparks.submission.ChallengeFields;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.StaffOfferFields;
import org.hundredparks.submission.TalentNeedFields;

/**
 * Builds what search indexes of an item or a profile: the fields that describe it in words (the same ones matching
 * reads), analysed as matching analyses them, with the title and keywords counted twice because they say most.
 */
public final class SearchDocuments {

    /**
     * The part of a description kept for fragments: a phone shows one or two lines of it. Terms come from all of it; a
     * word found only further on is marked in the title, or not at all, and the fragment is the description's start.
     */
    static final int TEXT_KEPT = 300;

    /** A document and its terms. */
    public record Analysed(SearchDocument document, TextAnalysis.Terms terms) {
    }

    private final TextAnalysis analysis;

    public SearchDocuments(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    /** What an item says about itself in words, list by list. */
    private record Words(String organisation, String body, List<String> keywords) {
    }

    public Analysed of(ListItem item) {
        // a switch over the lists: a new list fails to compile here until it is placed
        Words words = switch (item.type()) {
            case ACHIEVEMENT -> {
                AchievementFields a = (AchievementFields) item.fields();
                yield new Words(a.universityName(), a.summary(), present(a.keywords()));
            }
            case CHALLENGE -> {
                ChallengeFields c = (ChallengeFields) item.fields();
                yield new Words(c.enterpriseName(), join(c.problem(), c.indicators()), present(c.keywords()));
            }
            case TALENT_NEED -> {
                TalentNeedFields t = (TalentNeedFields) item.fields();
                yield new Words(t.enterpriseName(), t.description(), present(t.discipline() == null ? null : List.of(t.discipline())));
            }
            case STAFF_OFFER -> {
                StaffOfferFields s = (StaffOfferFields) item.fields();
                yield new Words(s.universityName(), join(s.department(), s.description()), present(s.researchAreas()));
            }
        };
        var f = item.fields();
        return analysed(new SearchDocument(item.id(), SearchList.of(item.type()), item.status().name(), item.ownerOrganisationId(),
                words.organisation(), f.regionCode(), blankToNull(f.parkId()), blankToNull(f.field()), f.title(), kept(words.body()),
                item.updatedAt().toString()), words.keywords(), words.body());
    }

    /** An enterprise's public profile: its name, products and description; never its contact. */
    public Analysed of(Enterprise enterprise) {
        EnterpriseFields f = enterprise.fields();
        List<String> keywords = new ArrayList<>(present(f.technologyFields()));
        keywords.addAll(present(f.keywords()));
        String field = f.technologyFields() == null || f.technologyFields().isEmpty() ? null : f.technologyFields().get(0);
        String body = join(f.mainProducts(), f.description());
        return analysed(new SearchDocument(enterprise.organisationId(), SearchList.ENTERPRISE, "PUBLISHED", enterprise.organisationId(),
                f.name(), f.regionCode(), blankToNull(f.parkId()), blankToNull(field), f.name(), kept(body),
                enterprise.updatedAt().toString()), keywords, body);
    }

    /** Any document, with the words that describe it (the benchmark's generated corpus); its text is cut as an item's is. */
    public Analysed of(SearchDocument d, List<String> keywords, String body) {
        return analysed(new SearchDocument(d.id(), d.list(), d.status(), d.ownerOrganisationId(), d.organisationName(), d.regionCode(),
                d.parkId(), d.field(), d.title(), kept(body), d.updatedAt()), keywords, body);
    }

    private Analysed analysed(SearchDocument document, List<String> keywords, String body) {
        String emphasis = nullToEmpty(document.title()) + "\n" + String.join(" ", keywords) + "\n" + nullToEmpty(document.field());
        return new Analysed(document, analysis.analyse(emphasis + "\n" + emphasis + "\n" + nullToEmpty(body)));
    }

    /** The start of a description, with "…" where it was cut, so that a fragment shows it goes on. */
    private static String kept(String body) {
        String text = nullToEmpty(body).strip();
        if (text.length() <= TEXT_KEPT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(TEXT_KEPT - 1)) ? TEXT_KEPT - 1 : TEXT_KEPT; // never half a character
        return text.substring(0, end) + "…";
    }

    private static List<String> present(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String join(String a, String b) {
        return nullToEmpty(a) + (a == null || b == null ? "" : "\n") + nullToEmpty(b);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
