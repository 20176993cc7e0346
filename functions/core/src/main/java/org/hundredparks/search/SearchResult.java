package org.hundredparks.search;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of hits, best first (no {@code nextCursor}: the last page), the facets of everything the query found (each counted under the other filters, so a
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
    @Schema(name = "SearchHit", description = "一条命中。list 为 ENTERPRISE 时 id 是企业的单位编号（打开 /enterprises/{id}），否则是条目编号（打开 /achievements/{id} 等）。"
            + "titleMarks 与 fragment.marks 为命中词在 title、fragment.text 中的位置：按起点排序、互不重叠的 [起, 止) 区间，以 UTF-16 码元计（即 JavaScript 字符串下标），可为空。"
            + "organisationName 为条目中填写的高校或企业名称；status 为条目状态，企业画像恒为 PUBLISHED；score 仅用于排序。")
    public record Hit(String id, SearchList list, String title, List<int[]> titleMarks, Fragment fragment, String status,
            String organisationName, String field, String regionCode, String parkId, String updatedAt, double score) {
    }

    @RegisterForReflection
    @Schema(name = "SearchFragment", description = "从描述的前300字中取命中最多的一段（至多80字，截断处加“…”）；命中词只在300字之后时，为描述的开头、不含标记")
    public record Fragment(String text, List<int[]> marks) {
    }

    /** Counts by list, by field (the 20 most common) and by province. */
    @RegisterForReflection
    @Schema(name = "SearchFacets", description = "全部命中按清单、技术领域（前20个）、省份的计数，只列非零项，按数量降序；每个分面统计时不受自身筛选的限制（provinces 不受 regionCode 限制），便于切换")
    public record Facets(List<Count> lists, List<Count> fields, List<Count> provinces) {
    }

    /** One facet value: its code, the name a person reads, and how many hits it has. */
    @RegisterForReflection
    @Schema(name = "SearchFacetCount", description = "分面的一项：value 是筛选时传回的值（list、field，或两位省级代码作 regionCode），label 是显示的中文名称（清单名、省名；技术领域与 value 相同），count 是命中数")
    public record Count(String value, String label, long count) {
    }
}
