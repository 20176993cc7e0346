package org.hundredparks.search;

import java.time.Instant;
import java.util.function.Predicate;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Role;
import org.hundredparks.platform.ClockProducer;
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
        return indexes.current().search(new SearchQuery(q, query.list(), query.regionCode(), query.parkId(), query.field(), query.limit(),
                query.cursor()), analysis, visibleTo(caller), this::provinceName);
    }

    /**
     * Whom a document is shown to: an item by the rule of reading it (SubmissionPolicy.mayRead), on what the index keeps;
     * an enterprise's profile to every signed-in organisation, as {@code GET /enterprises/{id}} shows it.
     */
    public static Predicate<SearchDocument> visibleTo(Caller caller) {
        boolean organisation = caller.organisationId() != null && caller.role() != Role.PUBLIC;
        return d -> d.list() == SearchList.ENTERPRISE ? organisation
                : d.published() || caller.owns(d.ownerOrganisationId()) || caller.oversees(d.regionCode(), d.parkId());
    }

    public String provinceName(String province) {
        String name = reference.regionName(province + "0000");
        return name == null ? province : name;
    }

    /**
     * The snapshot job, every ten minutes: writes the index as the next cold start will load it. The run scheduled in
     * the 03:00 hour (China time) builds it from the table instead of from the last snapshot (see
     * {@link SearchIndexes#writeSnapshot(boolean)}), so that a missed change lives at most a day.
     */
    public int writeSnapshot(Instant scheduledTime) {
        boolean nightly = scheduledTime != null && scheduledTime.atZone(ClockProducer.CHINA).getHour() == 3
                && scheduledTime.atZone(ClockProducer.CHINA).getMinute() < 10;
        return indexes.writeSnapshot(nightly);
    }
}
