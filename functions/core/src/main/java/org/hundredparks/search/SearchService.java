package org.hundredparks.search;

import java.util.function.Predicate;
import org.hundredparks.identity.Caller;
import org.hundredparks.matching.TextAnalysis;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.validation.InvalidInputException;

/**
 * Free-text search over the lists and the enterprise profiles. Everyone finds published items and profiles; an
 * item in any other status is found only by its owner and the authorities over it (the ministries, its province's
 * authorities, its park), the same rule as reading it.
 */
public class SearchService {

    private final SearchIndexes indexes;
    private final TextAnalysis analysis;
    private final ReferenceData reference;

    public SearchService(SearchIndexes indexes, TextAnalysis analysis, ReferenceData reference) {
        this.indexes = indexes;
        this.analysis = analysis;
        this.reference = reference;
    }

    public SearchResult search(Caller caller, SearchQuery query) {
        String q = query.q() == null ? "" : query.q().strip();
        if (q.isEmpty()) {
            throw new InvalidInputException("REQUIRED", "q", "请输入要搜索的词");
        }
        if (q.length() > SearchQuery.MAX_LENGTH) {
            throw new InvalidInputException("TOO_LONG", "q", "搜索词最多" + SearchQuery.MAX_LENGTH + "个字");
        }
        return indexes.current().search(query, analysis, visibleTo(caller), this::provinceName);
    }

    /** Whom an item is shown to: the rule of reading it (SubmissionPolicy.mayRead), on what the index keeps. */
    public static Predicate<SearchDocument> visibleTo(Caller caller) {
        return d -> d.published() || caller.owns(d.ownerOrganisationId()) || caller.oversees(d.regionCode(), d.parkId());
    }

    public String provinceName(String province) {
        String name = reference.regionName(province + "0000");
        return name == null ? province : name;
    }

    /** The snapshot job: writes the index as the next cold start will load it. */
    public int writeSnapshot() {
        return indexes.writeSnapshot();
    }
}
