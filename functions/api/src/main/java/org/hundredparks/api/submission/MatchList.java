package org.hundredparks.api.submission;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hundredparks.matching.Match;
import org.hundredparks.matching.MatchKind;
import org.hundredparks.matching.MatchingService;
import org.hundredparks.validation.InvalidInputException;

/** An item's matches as the API shows them: ranked, scored, and explained in Chinese. */
public record MatchList(String itemId, List<Entry> matches) {

    @Schema(name = "Match")
    public record Entry(int rank, String candidateId, MatchKind candidateKind, String candidateTitle, double score,
            List<String> sharedTerms, List<String> reasons, String explanation) {
    }

    /** A page of matches holds 1 to {@link MatchingService#KEPT} (all an item keeps). */
    public static void requireLimit(int limit) {
        if (limit < 1 || limit > MatchingService.KEPT) {
            throw new InvalidInputException("OUT_OF_RANGE", "limit", "limit 应在1到" + MatchingService.KEPT + "之间");
        }
    }

    public static MatchList of(String itemId, List<Match> matches) {
        return new MatchList(itemId, matches.stream().map(m -> new Entry(m.rank(), m.candidateId(), m.candidateKind(),
                m.candidateTitle(), m.score(), m.sharedTerms(), m.reasons(), m.explanation())).toList());
    }
}
