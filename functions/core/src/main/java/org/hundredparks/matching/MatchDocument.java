package org.hundredparks.matching;

import java.util.List;
import java.util.Set;


/**
 * What matching knows of one published item: its analysed text and the structured facts the lists
 * carry. Built from a list item ({@link MatchDocuments}) and kept in the index; nothing else is read.
 *
 * @param trl        技术就绪度 an achievement has, or the one a challenge needs (1–9), if known
 * @param amountYuan an achievement's asking price or a challenge's budget, if known
 * @param roles      secondment roles a talent need seeks or a staff offer is available for
 * @param industry   GB/T 4754-2017 industry code of a challenge's or an enterprise's business, if known
 * @param meaning    the text's {@link SemanticCode}, or null where no embedding model ran
 * @param textHash   a hash of the text the meaning is taken from: while it is the same, so is the meaning
 */
public record MatchDocument(String id, MatchKind kind, String title, List<String> words, List<String> bigrams,
        String field, Integer trl, Set<String> modes, String regionCode, Long amountYuan, Set<String> roles, String industry,
        long[] meaning, int textHash) {

    public MatchDocument withMeaning(long[] meaning) {
        return new MatchDocument(id, kind, title, words, bigrams, field, trl, modes, regionCode, amountYuan, roles, industry,
                meaning, textHash);
    }
}
