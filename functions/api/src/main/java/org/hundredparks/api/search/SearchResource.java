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
            + "查询在空格与 ,，、;；。 处分开。任何人（无需登录）可搜到已发布的条目和企业画像；其他状态的条目只有其所属单位、各部委、所在省的主管部门和所在园区能搜到，"
            + "别人的结果与计数中都不含它们。新发布或修改的条目一分钟内可搜到。分页：带上一页的 nextCursor 与相同的 q 和筛选再请求，无 nextCursor 即最后一页；两页之间索引若有变化，排序可能略有移动。"
            + "错误（problem+json）：400 REQUIRED（缺 q）、TOO_LONG、QUERY_TOO_SHORT（没有可搜的词，如只有一个汉字）、INVALID_REGION_CODE、OUT_OF_RANGE（limit）、INVALID_CURSOR。")
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
        bounded("parkId", parkId, 64);
        bounded("field", field, 100);
        bounded("cursor", cursor, 200);
        return search.search(caller.get(), new SearchQuery(q, list, regionCode, blankToNull(parkId), blankToNull(field),
                limit == null ? SearchQuery.DEFAULT_LIMIT : limit, blankToNull(cursor)));
    }

    private static void bounded(String name, String value, int most) {
        if (value != null && value.length() > most) {
            throw new InvalidInputException("TOO_LONG", name, "参数 " + name + " 最多" + most + "个字符");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
