package org.hundredparks.api.enterprise;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.api.identity.CurrentCaller;
import org.hundredparks.api.submission.MatchList;
import org.hundredparks.enterprise.Enterprise;
import org.hundredparks.enterprise.EnterpriseFields;
import org.hundredparks.enterprise.EnterpriseService;
import org.hundredparks.matching.MatchStore;
import org.hundredparks.platform.Refusal;

/** 企业画像: the park enterprises' profiles, and the achievements that fit each enterprise's industry. */
@Path("/enterprises")
@Tag(name = "企业画像", description = "园区企业的行业、主营产品与技术领域；据此向企业推荐对口的科技成果")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class EnterpriseResource {

    private final EnterpriseService enterprises;
    private final MatchStore matchStore;
    private final CurrentCaller caller;

    public EnterpriseResource(EnterpriseService enterprises, MatchStore matchStore, CurrentCaller caller) {
        this.enterprises = enterprises;
        this.matchStore = matchStore;
        this.caller = caller;
    }

    @PUT
    @Path("/{organisationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ENTERPRISE", "PARK_ADMIN"})
    @Operation(summary = "保存企业画像", description = "企业本身（限本地区）或所在园区的管理员可调用；整份替换，重复提交相同内容不产生变化。保存后参与成果匹配。")
    @APIResponse(responseCode = "201", description = "首次保存", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Enterprise.class)))
    @APIResponse(responseCode = "200", description = "已更新", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Enterprise.class)))
    public Response save(@PathParam("organisationId") String organisationId, EnterpriseFields fields) {
        Enterprise saved = enterprises.save(caller.get(), organisationId, fields);
        return saved.version() == 1 && saved.createdAt().equals(saved.updatedAt())
                ? Response.created(URI.create("/enterprises/" + organisationId)).entity(saved).build()
                : Response.ok(saved).build();
    }

    @GET
    @Path("/{organisationId}")
    @RolesAllowed({"MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN", "UNIVERSITY", "ENTERPRISE"})
    @Operation(summary = "查看企业画像", description = "登录用户可看；联系方式仅企业本身、所在园区与主管部门可见。")
    public Enterprise get(@PathParam("organisationId") String organisationId) {
        return enterprises.get(caller.get(), organisationId);
    }

    @GET
    @Path("/{organisationId}/matches")
    @RolesAllowed({"MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN", "ENTERPRISE"})
    @Operation(summary = "查看企业的成果匹配结果", description = "企业本身、所在园区、本省主管部门与部委可看：与企业行业、产品对口的已发布成果，"
            + "按得分从高到低的前 limit 条（1–50，默认10），附共同技术要点与理由（行业相符、领域、地区）。")
    public MatchList matches(@PathParam("organisationId") String organisationId,
            @Parameter(description = "条数，1–50，默认10") @QueryParam("limit") @DefaultValue("10") int limit) {
        MatchList.requireLimit(limit);
        Enterprise enterprise = enterprises.find(organisationId).orElseThrow(Refusal::notFound);
        if (!EnterpriseService.oversees(caller.get(), enterprise)) {
            throw Refusal.forbidden("MATCHES_NOT_VISIBLE");
        }
        return MatchList.of(organisationId, matchStore.top(organisationId, limit));
    }
}
