package org.hundredparks.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.reference.Regions;
import org.hundredparks.submission.CooperationMode;
import org.hundredparks.submission.Labelled;
import org.hundredparks.submission.SecondmentRole;


/**
 * Ranks the items of one list for an item of another: text relevance first (BM25 on words with
 * synonym concepts, and on character bigrams, each scaled to the best candidate), then the structured
 * facts a technology-transfer manager weighs (same field, maturity against what is needed, cooperation
 * mode, region, budget, the role a person can take), each stated as a reason.
 */
public final class Matcher {

    /** How many text-ranked candidates get the structured look; far more than any page of matches. */
    private static final int POOL = 200;
    /** Below this a candidate is noise, whatever the list length asked for. */
    static final double MIN_SCORE = 0.12;

    public List<Match> match(MatchDocument query, MatchIndex candidates, int limit) {
        synchronized (candidates) { // the scores are the index's scratch arrays: nobody may score or change it meanwhile
            return matchLocked(query, candidates, limit);
        }
    }

    private List<Match> matchLocked(MatchDocument query, MatchIndex candidates, int limit) {
        MatchIndex.Scores scores = candidates.score(query);
        int self = candidates.slotOf(query.id()); // an item is never its own match
        Relevance relevance = Relevance.of(scores, self);
        if (relevance.nothing()) {
            return List.of();
        }
        TopSlots pool = pool(scores, relevance, self);
        // structured facts for the pool; the explanation (shared words) only for the list kept
        record Candidate(int slot, double score, List<String> reasons) {
        }
        List<Candidate> ranked = new ArrayList<>();
        for (int d : pool.slots()) {
            List<String> reasons = new ArrayList<>();
            // the facts scale the text's relevance: a fitting role or field does not make an unrelated text a match
            double score = round(relevance.of(d) * (1 + structured(query, scores.documents()[d], reasons)));
            if (score >= MIN_SCORE) {
                ranked.add(new Candidate(d, score, reasons));
            }
        }
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> scores.documents()[c.slot()].id()));
        Set<String> queryWords = new HashSet<>(query.words());
        List<Match> top = new ArrayList<>();
        for (Candidate c : ranked.subList(0, Math.min(limit, ranked.size()))) {
            MatchDocument candidate = scores.documents()[c.slot()];
            List<String> shared = sharedTerms(candidates.sharedWords(c.slot(), queryWords), queryWords,
                    word -> candidates.has(c.slot(), word));
            List<String> reasons = c.reasons();
            if (shared.isEmpty()) { // found by meaning alone: say so, or the match looks arbitrary
                reasons = new ArrayList<>(reasons);
                reasons.add(0, "表述不同但内容相近");
            }
            top.add(new Match(query.id(), candidate.id(), candidate.kind(), candidate.title(), c.score(), top.size() + 1,
                    shared, reasons));
        }
        return top;
    }

    /**
     * The ids of the candidates this item would look at (its pool, by text relevance alone): the items whose own
     * lists it may enter, since relevance is shared words and meaning, which both sides have in common.
     */
    public List<String> reach(MatchDocument query, MatchIndex candidates) {
        synchronized (candidates) {
            MatchIndex.Scores scores = candidates.score(query);
            int self = candidates.slotOf(query.id());
            Relevance relevance = Relevance.of(scores, self);
            if (relevance.nothing()) {
                return List.of();
            }
            List<String> ids = new ArrayList<>();
            for (int d : pool(scores, relevance, self).slots()) {
                ids.add(scores.documents()[d].id());
            }
            return ids;
        }
    }

    /** The best POOL by relevance, without sorting every item. */
    private static TopSlots pool(MatchIndex.Scores scores, Relevance relevance, int self) {
        TopSlots pool = new TopSlots(POOL);
        for (int d = 0; d < scores.slots(); d++) {
            if (isCandidate(scores, d, self)) {
                double r = relevance.of(d);
                if (r > 0) {
                    pool.offer(d, r);
                }
            }
        }
        return pool;
    }

    /** A bounded min-heap of (score, slot): keeps the {@code capacity} highest scores offered. */
    static final class TopSlots {
        private final double[] scores;
        private final int[] slots;
        private int size;

        TopSlots(int capacity) {
            scores = new double[capacity];
            slots = new int[capacity];
        }

        void offer(int slot, double score) {
            if (size < scores.length) {
                scores[size] = score;
                slots[size] = slot;
                siftUp(size++);
            } else if (score > scores[0]) {
                scores[0] = score;
                slots[0] = slot;
                siftDown(0);
            }
        }

        int[] slots() {
            return java.util.Arrays.copyOf(slots, size);
        }

        private void siftUp(int i) {
            while (i > 0 && scores[(i - 1) / 2] > scores[i]) {
                swap(i, (i - 1) / 2);
                i = (i - 1) / 2;
            }
        }

        private void siftDown(int i) {
            while (true) {
                int smallest = i;
                for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                    if (scores[child] < scores[smallest]) {
                        smallest = child;
                    }
                }
                if (smallest == i) {
                    return;
                }
                swap(i, smallest);
                i = smallest;
            }
        }

        private void swap(int a, int b) {
            double score = scores[a];
            scores[a] = scores[b];
            scores[b] = score;
            int slot = slots[a];
            slots[a] = slots[b];
            slots[b] = slot;
        }
    }

    /**
     * Text relevance in [0, 1] from three channels, each scaled against this query's candidates: words and
     * bigrams (BM25, as a share of the best candidate's) say how much of the wording is shared; meaning (the
     * codes' similarity, from this query's average candidate at 0 to its closest at 1) finds the same problem
     * told in other words. Without meanings (no model ran) the text is words and bigrams, half and half.
     */
    record Relevance(MatchIndex.Scores scores, float maxWords, float maxBigrams, double meanMeaning, double maxMeaning) {

        /** Meaning's share where both sides have one. */
        static final double MEANING = 0.5;

        static Relevance of(MatchIndex.Scores scores, int self) {
            float maxWords = 0;
            float maxBigrams = 0;
            double sumMeaning = 0;
            int meanings = 0;
            double maxMeaning = Double.NEGATIVE_INFINITY;
            for (int d = 0; d < scores.slots(); d++) {
                if (isCandidate(scores, d, self)) {
                    maxWords = Math.max(maxWords, scores.words()[d]);
                    maxBigrams = Math.max(maxBigrams, scores.bigrams()[d]);
                    float meaning = scores.meaning()[d];
                    if (!Float.isNaN(meaning)) {
                        sumMeaning += meaning;
                        meanings++;
                        maxMeaning = Math.max(maxMeaning, meaning);
                    }
                }
            }
            return new Relevance(scores, maxWords, maxBigrams, meanings == 0 ? 0 : sumMeaning / meanings,
                    meanings == 0 ? 0 : maxMeaning);
        }

        boolean nothing() {
            return maxWords == 0 && maxBigrams == 0 && maxMeaning <= meanMeaning;
        }

        double text(int slot) {
            return 0.5 * (maxWords == 0 ? 0 : scores.words()[slot] / maxWords)
                    + 0.5 * (maxBigrams == 0 ? 0 : scores.bigrams()[slot] / maxBigrams);
        }

        /** NaN where the query or the candidate has no meaning. */
        double meaning(int slot) {
            float meaning = scores.meaning()[slot];
            if (Float.isNaN(meaning)) {
                return Double.NaN;
            }
            return maxMeaning <= meanMeaning ? 0 : Math.max(0, (meaning - meanMeaning) / (maxMeaning - meanMeaning));
        }

        double of(int slot) {
            double meaning = meaning(slot);
            return Double.isNaN(meaning) ? text(slot) : (1 - MEANING) * text(slot) + MEANING * meaning;
        }
    }

    private static boolean isCandidate(MatchIndex.Scores scores, int slot, int self) {
        return scores.alive()[slot] && slot != self;
    }

    /**
     * Adjustments for the structured facts, with their reasons, the weightiest first (a role that does not fit before a
     * shared province); symmetric in which side is asking.
     */
    static double structured(MatchDocument a, MatchDocument b, List<String> reasons) {
        Facts facts = new Facts();
        if (a.field() != null && a.field().equals(b.field())) {
            facts.add(0.08, "技术领域相同（" + a.field() + "）");
        }
        industry(a, b, facts);
        MatchDocument challenge = a.kind() == MatchKind.CHALLENGE ? a : b.kind() == MatchKind.CHALLENGE ? b : null;
        MatchDocument achievement = a.kind() == MatchKind.ACHIEVEMENT ? a : b.kind() == MatchKind.ACHIEVEMENT ? b : null;
        if (challenge != null && achievement != null) {
            maturity(challenge.trl(), achievement.trl(), facts);
            if (challenge.amountYuan() != null && achievement.amountYuan() != null && achievement.amountYuan() > 0) {
                if (achievement.amountYuan() <= challenge.amountYuan()) {
                    facts.add(0.03, "成果报价在榜单资金投入之内");
                } else {
                    facts.add(0, "成果报价高于榜单资金投入，需磋商");
                }
            }
        }
        Set<String> modes = new LinkedHashSet<>(a.modes());
        modes.retainAll(b.modes());
        if (!modes.isEmpty()) {
            facts.add(0.03, "合作方式可对接（" + String.join("、", modes.stream().map(Matcher::modeLabel).toList()) + "）");
        }
        boolean people = a.kind() == MatchKind.STAFF_OFFER || b.kind() == MatchKind.STAFF_OFFER;
        if (people && !a.roles().isEmpty() && !b.roles().isEmpty()) {
            Set<String> roles = new HashSet<>(a.roles());
            roles.retainAll(b.roles());
            if (roles.isEmpty()) {
                facts.add(-0.4, "岗位不符（可任：" + labels(a.kind() == MatchKind.STAFF_OFFER ? a.roles() : b.roles()) + "）");
            } else {
                facts.add(0.08, "岗位相符（" + labels(roles) + "）");
            }
        }
        if (a.regionCode() != null && b.regionCode() != null
                && Regions.province(a.regionCode()).equals(Regions.province(b.regionCode()))) {
            String province = ReferenceData.get().regionName(Regions.province(a.regionCode()) + "0000");
            facts.add(0.02, "同在" + (province == null ? "一省" : province));
        }
        reasons.addAll(facts.reasons());
        return facts.total();
    }

    /** The facts found for a pair: each its weight in the score and the sentence a person reads. */
    private static final class Facts {
        private record Fact(double weight, String reason) {
        }

        private final List<Fact> found = new ArrayList<>();

        void add(double weight, String reason) {
            found.add(new Fact(weight, reason));
        }

        double total() {
            return found.stream().mapToDouble(Fact::weight).sum();
        }

        /** Weightiest first, for or against; equal weights in the order found. */
        List<String> reasons() {
            return found.stream().sorted(Comparator.comparingDouble((Fact f) -> -Math.abs(f.weight()))).map(Fact::reason).toList();
        }
    }

    /**
     * Whether one side's field is a field the other side's industry works in (a challenge's or an enterprise's
     * GB/T 4754 code). For an enterprise this is what "fits" means, so a known industry that does not fit
     * counts against the pair; for a challenge, which also names its field, only a fit counts.
     */
    private static void industry(MatchDocument a, MatchDocument b, Facts facts) {
        MatchDocument business = a.industry() != null ? a : b.industry() != null ? b : null;
        MatchDocument other = business == a ? b : a;
        if (business == null || other.field() == null || !IndustryFields.standard().knows(business.industry())) {
            return;
        }
        // the same declared field already counted; the industry then only explains
        boolean sameField = other.field().equals(business.field());
        String industry = business.industry().substring(0, 3) + " "
                + java.util.Objects.requireNonNullElse(ReferenceData.get().industryName(business.industry().substring(0, 3)), "");
        if (IndustryFields.standard().fits(business.industry(), other.field())) {
            facts.add(sameField ? 0 : 0.06, "行业相符（" + industry.strip() + "，" + other.field() + "）");
        } else if (business.kind() == MatchKind.ENTERPRISE && !sameField) {
            facts.add(-0.15, "行业不同（" + industry.strip() + "）");
        }
    }

    /** 技术就绪度: a result far less mature than the challenge needs is a research partner, not a transfer. */
    private static void maturity(Integer needed, Integer has, Facts facts) {
        if (has == null) {
            return;
        }
        if (needed != null) {
            if (has >= needed) {
                facts.add(0.04, "成熟度满足要求（技术就绪度 " + has + " ≥ " + needed + "）");
            } else if (has < needed - 2) {
                facts.add(-0.08, "成熟度低于要求（技术就绪度 " + has + "，需要 " + needed + "）");
            } else {
                facts.add(0, "成熟度略低于要求（技术就绪度 " + has + "，需要 " + needed + "）");
            }
        } else if (has <= 3) {
            facts.add(-0.05, "成果尚在研发阶段（技术就绪度 " + has + "）");
        }
    }

    /**
     * The shared words worth showing, rarest first, six at most: no stray letters; a synonym concept as the two texts
     * write it (电脑/计算机), so a reader finds each word in the texts, and not at all when both write the same word,
     * which is shown itself.
     */
    private static List<String> sharedTerms(List<String> sharedWords, Set<String> queryWords, Predicate<String> candidateHas) {
        Set<String> shown = new LinkedHashSet<>();
        for (String word : sharedWords) {
            if (shown.size() == 6) {
                break;
            }
            if (word.startsWith("≈")) {
                String written = conceptAsWritten(word.substring(1), queryWords, candidateHas);
                if (written != null) {
                    shown.add(written);
                }
            } else if (word.length() >= 2 && !(word.length() <= 2 && word.chars().allMatch(c -> c < 128))) {
                shown.add(word);
            }
        }
        return List.copyOf(shown);
    }

    /** The concept as the texts write it; null when both write the same word (shown itself) or neither is a word. */
    private static String conceptAsWritten(String concept, Set<String> queryWords, Predicate<String> candidateHas) {
        List<String> terms = Synonyms.standard().termsOf(concept);
        String inQuery = terms.stream().filter(queryWords::contains).findFirst().orElse(null);
        String inCandidate = terms.stream().filter(candidateHas).findFirst().orElse(null);
        if (inQuery == null || inCandidate == null) {
            // one side writes it inside a longer word (锂电 in 锂电池组): show only what a reader finds as written
            return inQuery != null ? inQuery : inCandidate;
        }
        return inQuery.equals(inCandidate) ? null : inQuery + "/" + inCandidate;
    }

    private static String labels(Set<String> roles) {
        return String.join("、", roles.stream().sorted().map(Matcher::roleLabel).toList());
    }

    static String roleLabel(String role) {
        return Labelled.labelOf(SecondmentRole.class, role);
    }

    static String modeLabel(String mode) {
        return Labelled.labelOf(CooperationMode.class, mode);
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
