package org.hundredparks.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hundredparks.enterprise.Enterprise;
import org.hundredparks.enterprise.EnterpriseFields;
import org.hundredparks.submission.AchievementFields;
import org.hundredparks.submission.ChallengeFields;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.StaffOfferFields;
import org.hundredparks.submission.TalentNeedFields;

/** Builds the matching view of an item from the fields its list has. */
public final class MatchDocuments {

    private final TextAnalysis analysis;
    private final TextEmbedding embedding;

    /** Documents with words and bigrams only: text relevance is lexical. */
    public MatchDocuments(TextAnalysis analysis) {
        this(analysis, null);
    }

    /** Documents that also carry the meaning of their text, so that matching finds what is said in other words. */
    public MatchDocuments(TextAnalysis analysis, TextEmbedding embedding) {
        this.analysis = analysis;
        this.embedding = embedding;
    }

    /** The same documents without meanings: quick to build when there is no time to run the model. */
    MatchDocuments withoutMeaning() {
        return new MatchDocuments(analysis, null);
    }

    /** Returns once the embedding model, if there is one, is loaded. */
    void ready() {
        if (embedding != null) {
            embedding.ready();
        }
    }

    boolean hasMeaning() {
        return embedding != null;
    }

    public MatchDocument of(ListItem item) {
        // a switch over the lists, not over the fields' classes: a new list fails to compile here until it is placed
        return switch (item.type()) {
            case ACHIEVEMENT -> {
                AchievementFields a = (AchievementFields) item.fields();
                yield build(item.id(), MatchKind.ACHIEVEMENT, a.title(), a.summary(), a.keywords(), a.technologyField(),
                        a.trl(), names(a.cooperationModes()), a.regionCode(), a.askingPriceYuan(), Set.of());
            }
            case CHALLENGE -> {
                ChallengeFields c = (ChallengeFields) item.fields();
                yield build(item.id(), MatchKind.CHALLENGE, c.title(), c.problem() + "\n" + nullToEmpty(c.indicators()),
                        c.keywords(), c.technologyField(), c.requiredTrl(), Set.of(), c.regionCode(), c.budgetYuan(), Set.of(),
                        c.industryCode());
            }
            case TALENT_NEED -> {
                TalentNeedFields t = (TalentNeedFields) item.fields();
                yield build(item.id(), MatchKind.TALENT_NEED, t.title(), nullToEmpty(t.description()),
                        t.discipline() == null ? List.of() : List.of(t.discipline()), null, null, Set.of(), t.regionCode(), null,
                        t.role() == null ? Set.of() : Set.of(t.role().name()));
            }
            case STAFF_OFFER -> {
                StaffOfferFields s = (StaffOfferFields) item.fields();
                yield build(item.id(), MatchKind.STAFF_OFFER, s.title(), nullToEmpty(s.department()) + "\n" + nullToEmpty(s.description()),
                        s.researchAreas(), null, null, Set.of(), s.regionCode(), null, names(s.rolesAvailable()));
            }
        };
    }

    /**
     * The matching view of an enterprise: its name and products say what it makes; its declared technology
     * fields are its keywords (the first is its field); its industry decides which achievements fit it.
     */
    public MatchDocument of(Enterprise enterprise) {
        EnterpriseFields f = enterprise.fields();
        List<String> keywords = new java.util.ArrayList<>();
        if (f.technologyFields() != null) {
            keywords.addAll(f.technologyFields());
        }
        if (f.keywords() != null) {
            keywords.addAll(f.keywords());
        }
        String field = f.technologyFields() == null || f.technologyFields().isEmpty() ? null : f.technologyFields().get(0);
        return build(enterprise.organisationId(), MatchKind.ENTERPRISE, f.name(),
                nullToEmpty(f.mainProducts()) + "\n" + nullToEmpty(f.description()), keywords, field, null, Set.of(),
                f.regionCode(), null, Set.of(), f.industryCode());
    }

    public MatchDocument build(String id, MatchKind type, String title, String body, List<String> keywords, String field,
            Integer trl, Set<String> modes, String regionCode, Long amountYuan, Set<String> roles) {
        return build(id, type, title, body, keywords, field, trl, modes, regionCode, amountYuan, roles, null);
    }

    /**
     * The matching view of any record. The title and the keywords (a person's research areas, a need's
     * discipline) say most about it and count twice. Roles a text names (科技副总, 技术顾问, 科研助理) count
     * when the record has no role field, as in free-text needs.
     */
    public MatchDocument build(String id, MatchKind type, String title, String body, List<String> keywords, String field,
            Integer trl, Set<String> modes, String regionCode, Long amountYuan, Set<String> roles, String industry) {
        String emphasis = nullToEmpty(title) + "\n" + (keywords == null ? "" : String.join(" ", keywords));
        String text = emphasis + "\n" + emphasis + "\n" + nullToEmpty(body);
        TextAnalysis.Terms terms = analysis.analyse(text);
        Set<String> effectiveRoles = roles.isEmpty() && (type == MatchKind.TALENT_NEED || type == MatchKind.STAFF_OFFER)
                ? rolesNamedIn(text) : roles;
        String meant = nullToEmpty(title) + "\n" + (keywords == null ? "" : String.join(" ", keywords)) + "\n" + nullToEmpty(body);
        long[] meaning = embedding == null ? null : SemanticCode.of(embedding.embed(meant));
        return new MatchDocument(id, type, title, List.copyOf(terms.words()), List.copyOf(terms.bigrams()),
                blankToNull(field), trl, Set.copyOf(modes), blankToNull(regionCode), amountYuan, Set.copyOf(effectiveRoles),
                blankToNull(industry), meaning, meant.hashCode());
    }

    /** The structured facts of a document (not its terms), as the index snapshot stores them. */
    static void writeFacts(java.io.DataOutputStream out, MatchDocument d) throws java.io.IOException {
        out.writeUTF(d.id());
        out.writeByte(d.kind().ordinal());
        Snapshots.writeNullable(out, d.title());
        Snapshots.writeNullable(out, d.field());
        out.writeByte(d.trl() == null ? 0 : d.trl());
        Snapshots.writeSet(out, d.modes());
        Snapshots.writeNullable(out, d.regionCode());
        out.writeLong(d.amountYuan() == null ? -1 : d.amountYuan());
        Snapshots.writeSet(out, d.roles());
        Snapshots.writeNullable(out, d.industry());
        out.writeInt(d.textHash()); // its meaning is stored by the index, beside the others
    }

    static MatchDocument readFacts(java.io.DataInputStream in) throws java.io.IOException {
        String id = in.readUTF();
        MatchKind type = MatchKind.values()[in.readByte()];
        String title = Snapshots.readNullable(in);
        String field = Snapshots.readNullable(in);
        int trl = in.readByte();
        Set<String> modes = Snapshots.readSet(in);
        String region = Snapshots.readNullable(in);
        long amount = in.readLong();
        Set<String> roles = Snapshots.readSet(in);
        String industry = Snapshots.readNullable(in);
        int textHash = in.readInt();
        return new MatchDocument(id, type, title, List.of(), List.of(), field, trl == 0 ? null : trl, modes, region,
                amount < 0 ? null : amount, roles, industry, null, textHash);
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
