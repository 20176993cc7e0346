package org.hundredparks.api.home;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
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
import org.hundredparks.api.submission.ListItemEndpoints;
import org.hundredparks.home.Card;
import org.hundredparks.home.Cards;
import org.hundredparks.submission.ItemStatus;
import org.hundredparks.submission.ListType;
import org.hundredparks.validation.InvalidInputException;

/** Any list as compact cards, for the phone's list screens: one request a screen. */
@Path("/cards")
@Tag(name = "我的")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class CardResource {

    /** A phone screen's worth; each card the caller oversees costs a count query. */
    static final int MAX_CARDS = 50;

    private final Cards cards;
    private final CurrentCaller caller;

    public CardResource(Cards cards, CurrentCaller caller) {
        this.cards = cards;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "清单卡片", description = "与各清单的查询相同的筛选与可见范围（任何人可看已发布条目；主管部门可在本辖区内按状态查询；mine=true 为本单位的条目），"
            + "每条只含卡片字段；条目所有者及其主管部门、园区另见匹配数。")
    public Card.Page page(@Parameter(description = "清单", required = true) @QueryParam("list") ListType list,
            @Parameter(description = "行政区划代码（2、4或6位）") @QueryParam("regionCode") String regionCode,
            @Parameter(description = "园区编号") @QueryParam("parkId") String parkId,
            @Parameter(description = "技术领域或学科") @QueryParam("field") String field,
            @Parameter(description = "状态，默认 PUBLISHED") @QueryParam("status") ItemStatus status,
            @Parameter(description = "只看本单位的") @QueryParam("mine") @DefaultValue("false") boolean mine,
            @Parameter(description = "每页条数，1–50，默认20") @QueryParam("limit") Integer limit,
            @Parameter(description = "上一页返回的 nextCursor") @QueryParam("cursor") String cursor) {
        if (list == null) {
            throw new InvalidInputException("REQUIRED", "list", "请指定清单（list）");
        }
        if (limit != null && (limit < 1 || limit > MAX_CARDS)) {
            throw new InvalidInputException("OUT_OF_RANGE", "limit", "每页条数应在1到" + MAX_CARDS + "之间");
        }
        return cards.page(caller.get(), list, ListItemEndpoints.request(regionCode, parkId, field, status, null, mine, limit, cursor));
    }
}
