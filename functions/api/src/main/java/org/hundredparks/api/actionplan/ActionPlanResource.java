package org.hundredparks.api.actionplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.actionplan.ActionPlan;
import org.hundredparks.actionplan.ActionPlanFields;
import org.hundredparks.actionplan.ActionPlanService;
import org.hundredparks.api.concurrency.IfMatch;
import org.hundredparks.api.identity.CurrentCaller;
import org.hundredparks.api.problem.Problem;

/** 行动计划: one per region and period, submitted by the region's authority. */
@Path("/action-plans")
@Tag(name = "行动计划", description = "各地区\"百园百校万企\"创新合作行动计划")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class ActionPlanResource {

    /** A plan as the API shows it, with what the region has yet to do: parks in no action. */
    public record ActionPlanView(String id, ActionPlanFields fields, boolean late, List<String> parksWithoutAction,
            long version, Instant submittedAt, Instant updatedAt) {

        static ActionPlanView of(ActionPlan plan) {
            return new ActionPlanView(plan.id(), plan.fields(), plan.late(), plan.parksWithoutAction(), plan.version(),
                    plan.submittedAt(), plan.updatedAt());
        }
    }

    private final ActionPlanService plans;
    private final CurrentCaller caller;

    public ActionPlanResource(ActionPlanService plans, CurrentCaller caller) {
        this.plans = plans;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROVINCE_AUTHORITY")
    @Operation(summary = "提交行动计划", description = "省级主管部门（园区管理部门牵头）可调用，限本地区；每个地区每个周期一份，逾期（2024-07-31 后）提交的标记为逾期。")
    @APIResponse(responseCode = "201", description = "已提交", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionPlanView.class)))
    public Response submit(ActionPlanFields fields) {
        if (fields == null) {
            return Problem.of(400, "REQUIRED", null, "请求体不能为空").toResponse();
        }
        ActionPlan plan = plans.submit(caller.get(), fields, null);
        return Response.created(URI.create("/action-plans/" + plan.id())).tag(new EntityTag(Long.toString(plan.version())))
                .entity(ActionPlanView.of(plan)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROVINCE_AUTHORITY")
    @Operation(summary = "修改行动计划", description = "本地区主管部门可调用，须带 If-Match。")
    public Response revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, ActionPlanFields fields) {
        if (fields == null) {
            return Problem.of(400, "REQUIRED", null, "请求体不能为空").toResponse();
        }
        long version = IfMatch.required(ifMatch);
        if (!id.equals(ActionPlanService.id(fields.regionCode(), fields.period()))) {
            return Problem.of(400, "ID_MISMATCH", "regionCode", "地区与周期须与所修改的行动计划一致").toResponse();
        }
        ActionPlan plan = plans.submit(caller.get(), fields, version);
        return Response.ok(ActionPlanView.of(plan)).tag(new EntityTag(Long.toString(plan.version()))).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"PROVINCE_AUTHORITY", "MINISTRY", "PARK_ADMIN"})
    @Operation(summary = "查看行动计划", description = "本地区主管部门、参与园区与部委可调用。id 为“地区代码_周期”，如 440000_2024-2025。")
    public Response get(@PathParam("id") String id) {
        ActionPlan plan = plans.get(caller.get(), id);
        return Response.ok(ActionPlanView.of(plan)).tag(new EntityTag(Long.toString(plan.version()))).build();
    }
}
