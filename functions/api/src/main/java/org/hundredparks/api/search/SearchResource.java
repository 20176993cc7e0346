package org.hundredparks.api.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.api.identity.CurrentCaller;
import org.hundredparks.search.SearchList;
import org.hundredparks.search.SearchQuery;
import org.hundredparks.search.SearchResult;
import org.hundredparks.search.SearchService;
import org.hundredparks.validation.InvalidInputException;

/** Free-text search over the lists and the enterprise profiles, for the phone's search box. */
@Path("/search")
@Tag(name = "搜索", description = "按词搜索四张清单与企业画像：同义词、高亮片段、分面统计、游标分页")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class SearchResource {

    private final SearchService search;
    private final CurrentCaller caller;

    public SearchResource(SearchService search, CurrentCaller caller) {
        this.search = search;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "搜索清单与企业", description = "在四张清单的条目和企业画像中按词搜索，与匹配使用同一套中文分析（分词、双字、同义词）。"
            + "查询按空格和分词切成若干词，每个词都须出现（原词、连续的字或其同义词），按 BM25 排序；"
            + "titleMarks 与 fragment.marks 为命中的字符区间 [起, 止)。facets 统计全部命中（每个分面不受自身筛选的限制）。"
            + "任何人可搜到已发布的条目和企业画像；未发布的条目只有其所属单位及其主管部门、园区能搜到。新发布的条目一分钟内可搜到。")
    public SearchResult search(@Parameter(description = "搜索词，1–50字", required = true) @QueryParam("q") String q,
            @Parameter(description = "只搜一张清单，或 ENTERPRISE（企业画像）") @QueryParam("list") SearchList list,
            @Parameter(description = "行政区划代码前缀（2、4或6位）") @QueryParam("regionCode") String regionCode,
            @Parameter(description = "园区编号") @QueryParam("parkId") String parkId,
            @Parameter(description = "技术领域或学科（与 facets.fields 的取值相同）") @QueryParam("field") String field,
            @Parameter(description = "每页条数，1–50，默认20") @QueryParam("limit") Integer limit,
            @Parameter(description = "上一页返回的 nextCursor") @QueryParam("cursor") String cursor) {
        if (regionCode != null && !regionCode.matches("\\d{2}(\\d{2}){0,2}")) {
            throw new InvalidInputException("INVALID_REGION_CODE", "regionCode", "地区应为2、4或6位行政区划代码");
        }
        if (limit != null && (limit < 1 || limit > SearchQuery.MAX_LIMIT)) {
            throw new InvalidInputException("OUT_OF_RANGE", "limit", "每页条数应在1到" + SearchQuery.MAX_LIMIT + "之间");
        }
        if (parkId != null && parkId.length() > 64 || field != null && field.length() > 100 || cursor != null && cursor.length() > 200) {
            throw new InvalidInputException("TOO_LONG", parkId != null && parkId.length() > 64 ? "parkId"
                    : field != null && field.length() > 100 ? "field" : "cursor", "参数过长");
        }
        return search.search(caller.get(), new SearchQuery(q, list, regionCode, blankToNull(parkId), blankToNull(field),
                limit == null ? 20 : limit, blankToNull(cursor)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
