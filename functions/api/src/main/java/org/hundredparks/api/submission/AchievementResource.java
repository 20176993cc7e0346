package org.hundredparks.api.submission;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.api.idempotency.IdempotencyFilters;
import org.hundredparks.api.problem.Problem;
import org.hundredparks.api.identity.CurrentCaller;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Role;
import org.hundredparks.submission.Achievement;
import org.hundredparks.submission.AchievementDraft;
import org.hundredparks.submission.AchievementRepository;
import org.hundredparks.submission.ItemStatus;

/** 成果转化清单: universities and the education/science authorities submit; everyone reads what is published. */
@Path("/achievements")
@Tag(name = "成果转化清单")
@Produces(MediaType.APPLICATION_JSON)
public class AchievementResource {

    private final AchievementRepository achievements;
    private final CurrentCaller currentCaller;

    public AchievementResource(AchievementRepository achievements, CurrentCaller currentCaller) {
        this.achievements = achievements;
        this.currentCaller = currentCaller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"UNIVERSITY", "PROVINCE_AUTHORITY"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "提交成果（草稿）", description = "高校、省级主管部门可调用；只能提交本地区的成果。")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, name = IdempotencyFilters.HEADER, description = "重试时保持不变的请求键")
            @HeaderParam(IdempotencyFilters.HEADER) String idempotencyKey,
            AchievementDraft draft) {
        if (draft == null) {
            return Problem.of(400, "REQUIRED", null, "请求体不能为空").toResponse();
        }
        draft.validate();
        Caller caller = currentCaller.get();
        if (caller.provinceCode() == null || !draft.regionCode().startsWith(caller.provinceCode())) {
            return Problem.of(403, "OTHER_REGION", "regionCode", "只能提交本地区的成果").toResponse();
        }
        Achievement created = achievements.create(caller, draft);
        return Response.created(URI.create("/achievements/" + created.id()))
                .tag(new EntityTag(Long.toString(created.version())))
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "查看成果", description = "已发布的成果任何人可看；未发布的仅所有者与主管部门可看。")
    public Response get(@PathParam("id") String id) {
        Achievement found = achievements.find(id).filter(this::visible).orElse(null);
        if (found == null) {
            return Problem.of(404, "NOT_FOUND", "id", "成果不存在").toResponse();
        }
        return Response.ok(found).tag(new EntityTag(Long.toString(found.version()))).build();
    }

    private boolean visible(Achievement a) {
        Caller caller = currentCaller.get();
        if (a.status() == ItemStatus.PUBLISHED || caller.role() == Role.MINISTRY) {
            return true;
        }
        if (caller.organisationId() != null && caller.organisationId().equals(a.ownerOrganisationId())) {
            return true;
        }
        return caller.role() == Role.PROVINCE_AUTHORITY && caller.provinceCode() != null
                && a.regionCode().startsWith(caller.provinceCode());
    }
}
