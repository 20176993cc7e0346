package org.hundredparks.api.cooperation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.api.idempotency.IdempotencyFilters;
import org.hundredparks.api.identity.CurrentCaller;
import org.hundredparks.cooperation.Cooperation;
import org.hundredparks.cooperation.CooperationFields;
import org.hundredparks.cooperation.CooperationService;
import org.hundredparks.cooperation.Outcome;
import org.hundredparks.cooperation.ProgressUpdate;
import org.hundredparks.validation.InvalidInputException;

/** 合作: transfers, joint projects and secondments, with their dated progress and their outcomes. */
@Path("/cooperations")
@Tag(name = "合作进展与成效", description = "合作项目、进展与成效")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class CooperationResource {


    private final CooperationService cooperations;
    private final CurrentCaller caller;

    public CooperationResource(CooperationService cooperations, CurrentCaller caller) {
        this.cooperations = cooperations;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY"})
    @Operation(summary = "登记合作", description = "合作一方、本园区管理员（限本园区）或省级主管部门（限本省）可调用；名称须符合“'百园百校万企'创新合作行动——具体名称”。登记后为待确认（PROPOSED），各方均确认后生效（CONFIRMED）。")
    @APIResponse(responseCode = "201", description = "已登记（待各方确认）", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Cooperation.class)))
    public Response open(@Parameter(description = "重试时保持不变的请求键") @HeaderParam(IdempotencyFilters.HEADER) String idempotencyKey,
            CooperationFields fields) {
        Cooperation opened = cooperations.open(caller.get(), fields);
        return Response.created(URI.create("/cooperations/" + opened.id())).entity(opened).build();
    }

    @GET
    @RolesAllowed({"PARK_ADMIN", "PROVINCE_AUTHORITY", "MINISTRY"})
    @Operation(summary = "按园区或地区查询合作", description = "园区管理员看本园区；省级主管部门看本省；部委看全国。")
    public List<Cooperation> list(@QueryParam("parkId") String parkId, @QueryParam("regionCode") String regionCode,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 100) {
            throw new InvalidInputException("OUT_OF_RANGE", "limit", "每页条数应在1到100之间");
        }
        return cooperations.list(caller.get(), parkId, regionCode, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY", "MINISTRY"})
    @Operation(summary = "查看合作", description = "合作各方、所在园区、本省主管部门与部委可看。")
    public Cooperation get(@PathParam("id") String id) {
        return cooperations.get(caller.get(), id);
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed({"PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY"})
    @Operation(summary = "确认合作", description = "合作各方可调用：确认本单位参与此合作。各方均确认后合作生效，方可填报进展与成效并计入评估；重复确认无影响。")
    public Cooperation confirm(@PathParam("id") String id) {
        return cooperations.confirm(caller.get(), id);
    }

    @POST
    @Path("/{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY"})
    @Operation(summary = "填报进展", description = "合作各方在合作生效后可调用；进展只增不改，更正请提交新条目并在 correctsId 中注明。")
    @APIResponse(responseCode = "201", description = "已填报", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressUpdate.class)))
    public Response progress(@PathParam("id") String id,
            @Parameter(description = "重试时保持不变的请求键") @HeaderParam(IdempotencyFilters.HEADER) String idempotencyKey,
            ProgressUpdate.Entry entry) {
        if (entry == null) {
            throw new InvalidInputException("REQUIRED", null, "请求体不能为空");
        }
        return Response.status(201).entity(cooperations.addProgress(caller.get(), id, entry)).build();
    }

    @GET
    @Path("/{id}/progress")
    @RolesAllowed({"PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY", "MINISTRY"})
    @Operation(summary = "查看进展", description = "按日期排列的全部进展（含更正）。")
    public List<ProgressUpdate> progressList(@PathParam("id") String id) {
        return cooperations.progress(caller.get(), id);
    }

    @POST
    @Path("/{id}/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY"})
    @Operation(summary = "填报成效", description = "合作各方在合作生效后可调用：签约合同、金额（元）、专利、产品、培养人数；只增不改。")
    @APIResponse(responseCode = "201", description = "已填报", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Outcome.class)))
    public Response outcome(@PathParam("id") String id,
            @Parameter(description = "重试时保持不变的请求键") @HeaderParam(IdempotencyFilters.HEADER) String idempotencyKey,
            Outcome.Entry entry) {
        if (entry == null) {
            throw new InvalidInputException("REQUIRED", null, "请求体不能为空");
        }
        return Response.status(201).entity(cooperations.addOutcome(caller.get(), id, entry)).build();
    }

    @GET
    @Path("/{id}/outcomes")
    @RolesAllowed({"PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY", "MINISTRY"})
    @Operation(summary = "查看成效", description = "全部成效条目（含更正）。")
    public List<Outcome> outcomes(@PathParam("id") String id) {
        return cooperations.outcomes(caller.get(), id);
    }
}
