package org.hundredparks.api.submission;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.api.idempotency.IdempotencyFilters;
import org.hundredparks.submission.AchievementFields;
import org.hundredparks.submission.ItemStatus;
import org.hundredparks.submission.ListType;

/** 成果转化清单: the routes, and who may call each. The workflow itself is core's SubmissionService. */
@Path("/achievements")
@Tag(name = "成果转化清单", description = "高校可转化的科技成果：提交、审核、发布、查询")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class AchievementResource {

    private static final ListType TYPE = ListType.ACHIEVEMENT;
    private final ListItemEndpoints endpoints;

    public AchievementResource(ListItemEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"UNIVERSITY", "PROVINCE_AUTHORITY"})
    @Operation(summary = "提交成果（草稿）", description = "高校、省级教育或科技主管部门可调用，限本地区。带 externalId 重复提交不会产生重复条目。")
    @APIResponse(responseCode = "201", description = "已创建（草稿）", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListItemView.class)))
    @APIResponse(responseCode = "200", description = "带相同 externalId 重复提交：已有的条目", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListItemView.class)))
    public Response create(@Parameter(description = "重试时保持不变的请求键") @HeaderParam(IdempotencyFilters.HEADER) String idempotencyKey,
            AchievementFields fields) {
        return endpoints.create(TYPE, fields);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "查看成果", description = "已发布的任何人可看（联系方式脱敏）；未发布的仅所有者与主管部门可看。")
    public Response get(@PathParam("id") String id) {
        return endpoints.get(TYPE, id);
    }

    @GET
    @Path("/{id}/matches")
    @RolesAllowed({"MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN", "UNIVERSITY", "ENTERPRISE"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "查看成果的匹配结果", description = "条目所有者、主管部门与所在园区可看：按得分从高到低的前 limit 条（1–50，默认10），"
            + "附共同技术要点与结构化理由（领域、成熟度、合作方式、地区、资金、岗位）。")
    public MatchList matches(@PathParam("id") String id,
            @Parameter(description = "条数，1–50，默认10") @QueryParam("limit") @DefaultValue("10") int limit) {
        return endpoints.matches(TYPE, id, limit);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"UNIVERSITY", "PROVINCE_AUTHORITY"})
    @Operation(summary = "修改成果", description = "仅所有者可调用，须带 If-Match；已发布的修改后重新进入审核。")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, AchievementFields fields) {
        return endpoints.update(TYPE, id, ifMatch, fields);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({"UNIVERSITY", "PROVINCE_AUTHORITY"})
    @Operation(summary = "提交审核", description = "仅所有者可调用：草稿 → 待审核。")
    public Response submit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.submit(TYPE, id, ifMatch);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({"PROVINCE_AUTHORITY", "MINISTRY"})
    @Operation(summary = "发布", description = "省级或部级教育、科技主管部门可调用：待审核 → 已发布，发布后参与匹配。")
    public Response publish(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.publish(TYPE, id, ifMatch);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({"UNIVERSITY", "PROVINCE_AUTHORITY", "MINISTRY"})
    @Operation(summary = "撤回", description = "所有者或发布部门可调用：关闭条目，并退出匹配。")
    public Response withdraw(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.withdraw(TYPE, id, ifMatch);
    }

    @GET
    @PermitAll
    @Operation(summary = "查询成果", description = "任何人可查询已发布条目；主管部门可在本辖区内按状态查询；mine=true 查询本单位的条目。")
    public Response list(@Parameter(description = "行政区划代码（2、4或6位）") @QueryParam("regionCode") String regionCode,
            @Parameter(description = "园区编号") @QueryParam("parkId") String parkId,
            @Parameter(description = "技术领域或学科") @QueryParam("field") String field,
            @Parameter(description = "状态，默认 PUBLISHED") @QueryParam("status") ItemStatus status,
            @Parameter(description = "只返回此时间（ISO-8601）之后更新的") @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "只看本单位的") @QueryParam("mine") @DefaultValue("false") boolean mine,
            @Parameter(description = "每页条数，1–100，默认20") @QueryParam("limit") Integer limit,
            @Parameter(description = "上一页返回的 nextCursor") @QueryParam("cursor") String cursor) {
        return endpoints.list(TYPE, regionCode, parkId, field, status, updatedSince, mine, limit, cursor);
    }
}
