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
import org.hundredparks.home.Home;
import org.hundredparks.home.HomeService;

/** The mini-program's first screen: one request for what is the caller's. */
@Path("/me")
@Tag(name = "我的", description = "小程序首屏：本人、本单位、未读提醒、本单位条目、待决定的揭榜与待填报的合作")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class HomeResource {

    private final HomeService home;
    private final CurrentCaller caller;

    public HomeResource(HomeService home, CurrentCaller caller) {
        this.home = home;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN", "UNIVERSITY", "ENTERPRISE"})
    @Operation(summary = "我的", description = "登录用户可看，只含本人与本单位的内容：身份；本单位；未读提醒的条数与最新5条；本单位各清单按状态的条数（每清单至多统计1000条）；"
            + "本单位最新20个已发布榜单上待决定的揭榜方案（最新5条）；本单位的揭榜按状态的条数；本单位发起、已确认且久未填报进展的合作（5条）。")
    public Home me() {
        return home.home(caller.get());
    }
}
