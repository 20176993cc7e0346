package org.hundredparks.api.home;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.api.identity.CurrentCaller;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.hundredparks.home.Card;
import org.hundredparks.home.Cards;
import org.hundredparks.home.Home;
import org.hundredparks.validation.InvalidInputException;
import org.hundredparks.home.HomeService;

/** The mini-program's first screen: one request for what is the caller's. */
@Path("/me")
@Tag(name = "我的", description = "小程序首屏：本人、本单位、未读提醒、本单位条目、待决定的揭榜与待填报的合作")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class HomeResource {

    private final HomeService home;
    private final CurrentCaller caller;

    private final Cards cards;

    public HomeResource(HomeService home, Cards cards, CurrentCaller caller) {
        this.home = home;
        this.cards = cards;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN", "UNIVERSITY", "ENTERPRISE"})
    @Operation(summary = "我的", description = "登录用户可看，只含本人与本单位的内容：身份；本单位；未读提醒的条数与最新5条；本单位各清单按状态的条数（每清单统计最近更新的至多300条）；"
            + "本单位最新10个已发布榜单上待决定的揭榜方案（至多5条）；本单位最近100个揭榜按状态的条数；本单位发起、已确认且久未填报进展的合作（5条）。")
    public Home me() {
        return home.home(caller.get());
    }

    @GET
    @Path("/feed")
    @RolesAllowed({"MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN", "UNIVERSITY", "ENTERPRISE"})
    @Operation(summary = "新发布", description = "登录用户可看：本省（部委为全国）最近 days 天新发布、与本单位条目同一领域（本单位尚无条目时不限领域）的条目卡片，最新的在前；"
            + "企业看成果与选派人员，高校看榜单与人才需求，主管部门与园区看全部清单；不含本单位自己的条目。每个清单至多查看最近更新的100条。")
    public List<Card> feed(@Parameter(description = "最近天数，1–90，默认14") @QueryParam("days") @DefaultValue("14") int days,
            @Parameter(description = "条数，1–50，默认20") @QueryParam("limit") @DefaultValue("20") int limit) {
        if (days < 1 || days > 90) {
            throw new InvalidInputException("OUT_OF_RANGE", "days", "days 应在1到90之间");
        }
        if (limit < 1 || limit > 50) {
            throw new InvalidInputException("OUT_OF_RANGE", "limit", "limit 应在1到50之间");
        }
        return cards.feed(caller.get(), days, limit);
    }
}
