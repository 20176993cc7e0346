package org.hundredparks.search;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * A page of hits, best first, the facets of everything the query found (each counted under the other filters, so a
 * person sees what choosing another list, field or province would give), and the cursor of the next page.
 *
 * @param total how many visible items match the query and the filters
 */
@RegisterForReflection
public record SearchResult(List<Hit> hits, long total, Facets facets, String nextCursor) {

    /**
     * One item found. {@code titleMarks} and the fragment's {@code marks} are {@code [start, end)} character ranges of
     * what the query found, to be shown highlighted; a fragment cut from a longer text starts or ends with "…".
     */
    @RegisterForReflection
    public record Hit(String id, SearchList list, String title, List<int[]> titleMarks, Fragment fragment, String status,
            String organisationName, String field, String regionCode, String parkId, String updatedAt, double score) {
    }

    @RegisterForReflection
    public record Fragment(String text, List<int[]> marks) {
    }

    /** Counts by list, by field (the 20 most common) and by province. */
    @RegisterForReflection
    public record Facets(List<Count> lists, List<Count> fields, List<Count> provinces) {
    }

    /** One facet value: its code, the name a person reads, and how many hits it has. */
    @RegisterForReflection
    public record Count(String value, String label, long count) {
    }
}
