package org.hundredparks.api.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.api.identity.CurrentCaller;
import org.hundredparks.api.idempotency.IdempotencyFilters;
import org.hundredparks.reporting.TypicalCase;
import org.hundredparks.reporting.TypicalCaseService;
import org.hundredparks.validation.InvalidInputException;

/** 典型案例: nominated by the authorities over a cooperation, shortlisted by the ministries. */
@Path("/typical-cases")
@Tag(name = "典型案例", description = "典型案例的推荐、遴选与查询")
@Produces(MediaType.APPLICATION_JSON)
public class TypicalCaseResource {

    /** A nomination: which cooperation, and why in a few sentences. */
    @Schema(requiredProperties = {"cooperationId", "description"})
    public record Nomination(@Schema(minLength = 1) String cooperationId, @Schema(minLength = 1, maxLength = 1000) String description) {
    }

    private final TypicalCaseService cases;
    private final CurrentCaller caller;

    public TypicalCaseResource(TypicalCaseService cases, CurrentCaller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "查询典型案例", description = "任何人可看已入选的案例；部委另可看全部已推荐的，省级主管部门看本省的，园区看本园区的。附合作的最新成效（签约、金额、专利、产品、培养人数）。")
    public List<TypicalCaseService.Listed> list() {
        return cases.list(caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "推荐典型案例", description = "合作所在省的主管部门、所在园区或部委可调用；再次推荐更新说明。")
    public TypicalCase nominate(@Parameter(description = "重试时保持不变的请求键") @HeaderParam(IdempotencyFilters.HEADER) String idempotencyKey,
            Nomination nomination) {
        if (nomination == null || nomination.cooperationId() == null) {
            throw new InvalidInputException("REQUIRED", "cooperationId", "请指定合作（cooperationId）");
        }
        return cases.nominate(caller.get(), nomination.cooperationId(), nomination.description());
    }

    @POST
    @Path("/{cooperationId}/shortlist")
    @RolesAllowed("MINISTRY")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "遴选入选", description = "部委可调用：将已推荐的案例列为入选。")
    public TypicalCase shortlist(@Parameter(description = "重试时保持不变的请求键") @HeaderParam(IdempotencyFilters.HEADER) String idempotencyKey,
            @PathParam("cooperationId") String cooperationId) {
        return cases.shortlist(caller.get(), cooperationId, true);
    }
}
