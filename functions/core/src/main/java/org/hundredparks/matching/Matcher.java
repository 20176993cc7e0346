package org.hundredparks.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.reference.Regions;
import org.hundredparks.submission.ListType;

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
        MatchIndex.Scores scores = candidates.score(query);
        float maxWords = 0;
        float maxBigrams = 0;
        for (int d = 0; d < scores.words().length; d++) {
            if (scores.alive().get(d) && !scores.documents().get(d).id().equals(query.id())) {
                maxWords = Math.max(maxWords, scores.words()[d]);
                maxBigrams = Math.max(maxBigrams, scores.bigrams()[d]);
            }
        }
        if (maxWords == 0 && maxBigrams == 0) {
            return List.of();
        }
        List<int[]> pool = new ArrayList<>();
        double[] text = new double[scores.words().length];
        for (int d = 0; d < text.length; d++) {
            if (!scores.alive().get(d) || scores.documents().get(d).id().equals(query.id())) {
                continue;
            }
            text[d] = 0.5 * (maxWords == 0 ? 0 : scores.words()[d] / maxWords)
                    + 0.5 * (maxBigrams == 0 ? 0 : scores.bigrams()[d] / maxBigrams);
            if (text[d] > 0) {
                pool.add(new int[] {d});
            }
        }
        pool.sort(Comparator.comparingDouble((int[] p) -> -text[p[0]]));
        List<Match> ranked = new ArrayList<>();
        for (int[] p : pool.subList(0, Math.min(POOL, pool.size()))) {
            MatchDocument candidate = scores.documents().get(p[0]);
            List<String> reasons = new ArrayList<>();
            double score = text[p[0]] + structured(query, candidate, reasons);
            if (score >= MIN_SCORE) {
                ranked.add(new Match(query.id(), candidate.id(), candidate.type(), candidate.title(), round(score), 0,
                        sharedTerms(query, candidate, candidates), reasons));
            }
        }
        ranked.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::candidateId));
        List<Match> top = new ArrayList<>();
        for (Match match : ranked.subList(0, Math.min(limit, ranked.size()))) {
            top.add(new Match(match.itemId(), match.candidateId(), match.candidateType(), match.candidateTitle(),
                    match.score(), top.size() + 1, match.sharedTerms(), match.reasons()));
        }
        return top;
    }

    /** Adjustments for the structured facts, with their reasons; symmetric in which side is asking. */
    static double structured(MatchDocument a, MatchDocument b, List<String> reasons) {
        double adjustment = 0;
        if (a.field() != null && a.field().equals(b.field())) {
            adjustment += 0.08;
            reasons.add("技术领域相同（" + a.field() + "）");
        }
        MatchDocument challenge = a.type() == ListType.CHALLENGE ? a : b.type() == ListType.CHALLENGE ? b : null;
        MatchDocument achievement = a.type() == ListType.ACHIEVEMENT ? a : b.type() == ListType.ACHIEVEMENT ? b : null;
        if (challenge != null && achievement != null) {
            adjustment += maturity(challenge.trl(), achievement.trl(), reasons);
            if (challenge.amountYuan() != null && achievement.amountYuan() != null && achievement.amountYuan() > 0) {
                if (achievement.amountYuan() <= challenge.amountYuan()) {
                    adjustment += 0.03;
                    reasons.add("成果报价在榜单资金投入之内");
                } else {
                    reasons.add("成果报价高于榜单资金投入，需磋商");
                }
            }
        }
        Set<String> modes = new LinkedHashSet<>(a.modes());
        modes.retainAll(b.modes());
        if (!modes.isEmpty()) {
            adjustment += 0.03;
            reasons.add("合作方式可对接（" + String.join("、", modes.stream().map(Matcher::modeLabel).toList()) + "）");
        }
        boolean people = a.type() == ListType.STAFF_OFFER || b.type() == ListType.STAFF_OFFER;
        if (people && !a.roles().isEmpty() && !b.roles().isEmpty()) {
            Set<String> roles = new HashSet<>(a.roles());
            roles.retainAll(b.roles());
            if (roles.isEmpty()) {
                adjustment -= 0.4;
                reasons.add("岗位不符（可任：" + labels(a.type() == ListType.STAFF_OFFER ? a.roles() : b.roles()) + "）");
            } else {
                adjustment += 0.08;
                reasons.add("岗位相符（" + labels(roles) + "）");
            }
        }
        if (a.regionCode() != null && b.regionCode() != null
                && Regions.province(a.regionCode()).equals(Regions.province(b.regionCode()))) {
            adjustment += 0.02;
            String province = ReferenceData.get().regionName(Regions.province(a.regionCode()) + "0000");
            reasons.add("同在" + (province == null ? "一省" : province));
        }
        return adjustment;
    }

    /** 技术就绪度: a result far less mature than the challenge needs is a research partner, not a transfer. */
    private static double maturity(Integer needed, Integer has, List<String> reasons) {
        if (has == null) {
            return 0;
        }
        if (needed != null) {
            if (has >= needed) {
                reasons.add("成熟度满足要求（技术就绪度 " + has + " ≥ " + needed + "）");
                return 0.04;
            }
            if (has < needed - 2) {
                reasons.add("成熟度低于要求（技术就绪度 " + has + "，需要 " + needed + "）");
                return -0.08;
            }
            reasons.add("成熟度略低于要求（技术就绪度 " + has + "，需要 " + needed + "）");
            return 0;
        }
        if (has <= 3) {
            reasons.add("成果尚在研发阶段（技术就绪度 " + has + "）");
            return -0.05;
        }
        return 0;
    }

    private List<String> sharedTerms(MatchDocument a, MatchDocument b, MatchIndex index) {
        Set<String> shared = new LinkedHashSet<>(a.words());
        shared.retainAll(new HashSet<>(b.words()));
        return shared.stream()
                .filter(w -> w.startsWith("≈") || w.length() >= 2 && !(w.length() <= 2 && w.chars().allMatch(c -> c < 128)))
                .sorted(Comparator.comparingDouble((String w) -> -index.wordWeight(w)).thenComparing(w -> w))
                .limit(6).map(w -> w.startsWith("≈") ? w.substring(1) : w).distinct().toList();
    }

    private static String labels(Set<String> roles) {
        return String.join("、", roles.stream().sorted().map(Matcher::roleLabel).toList());
    }

    static String roleLabel(String role) {
        return switch (role) {
            case "TECH_VICE_PRESIDENT" -> "科技副总";
            case "TECHNICAL_ADVISER" -> "技术顾问";
            case "RESEARCH_ASSISTANT" -> "科研助理";
            default -> role;
        };
    }

    static String modeLabel(String mode) {
        return switch (mode) {
            case "TRANSFER" -> "转让";
            case "LICENSE" -> "许可";
            case "EQUITY" -> "作价入股";
            case "JOINT_DEVELOPMENT" -> "合作开发";
            case "TECHNICAL_SERVICE" -> "技术服务";
            default -> mode;
        };
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
