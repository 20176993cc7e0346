package org.hundredparks.search;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
    @Schema(name = "SearchHit", description = "一条命中；titleMarks 与 fragment.marks 为命中的字符区间 [起, 止)")
    public record Hit(String id, SearchList list, String title, List<int[]> titleMarks, Fragment fragment, String status,
            String organisationName, String field, String regionCode, String parkId, String updatedAt, double score) {
    }

    @RegisterForReflection
    @Schema(name = "SearchFragment", description = "描述中命中最多的一段（至多80字），截断处以“…”标出")
    public record Fragment(String text, List<int[]> marks) {
    }

    /** Counts by list, by field (the 20 most common) and by province. */
    @RegisterForReflection
    @Schema(name = "SearchFacets", description = "按清单、技术领域（前20个）、省份的命中数；每个分面不受自身筛选的限制")
    public record Facets(List<Count> lists, List<Count> fields, List<Count> provinces) {
    }

    /** One facet value: its code, the name a person reads, and how many hits it has. */
    @RegisterForReflection
    @Schema(name = "SearchFacetCount", description = "分面的一个取值、其中文名称和命中数")
    public record Count(String value, String label, long count) {
    }
}
