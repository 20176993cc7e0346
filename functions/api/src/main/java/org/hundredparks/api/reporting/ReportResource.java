package org.hundredparks.api.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.hundredparks.api.idempotency.IdempotencyFilters;
import org.hundredparks.api.identity.CurrentCaller;
import org.hundredparks.reporting.ReportPhase;
import org.hundredparks.reporting.ReportService;
import org.hundredparks.validation.InvalidInputException;

/** Mid-term and final evaluation reports: asked for, generated in the background, downloaded by link. */
@Path("/reports")
@Tag(name = "评估报告", description = "中期评估与总结评估报告（.xlsx、.docx、.json）")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class ReportResource {

    /** What to report on: the phase, and the scope (NATION, PROVINCE:44 or PARK:HTZ-440300-01). */
    @Schema(name = "ReportRequest", requiredProperties = {"phase", "scope"})
    public record Request(ReportPhase phase, @Schema(description = "NATION、PROVINCE:44 或 PARK:园区编号", minLength = 1) String scope) {
    }

    private final ReportService reports;
    private final CurrentCaller caller;

    public ReportResource(ReportService reports, CurrentCaller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN"})
    @Operation(summary = "申请评估报告", description = "部委可申请全国、任一省或园区；省级主管部门可申请本省及本省园区；园区可申请本园区。"
            + "立即返回 202 与报告编号，后台生成；同一阶段、范围与数据日期重复申请返回同一份报告。")
    @APIResponse(responseCode = "202", description = "报告已排队（或已在生成、已生成）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportService.Report.class)))
    public Response request(@Parameter(description = "重试时保持不变的请求键") @HeaderParam(IdempotencyFilters.HEADER) String idempotencyKey,
            Request request) {
        if (request == null) {
            throw new InvalidInputException("REQUIRED", "phase", "请指定评估阶段（phase）与范围（scope）");
        }
        ReportService.Report report = reports.request(caller.get(), request.phase(), request.scope());
        return Response.accepted(report).location(URI.create("/reports/" + report.id())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN"})
    @Operation(summary = "查看报告状态与下载", description = "可申请该范围报告者可看：状态、进度；生成后附15分钟内有效的 .xlsx、.docx、.json 下载地址。")
    public ReportService.View get(@PathParam("id") String id) {
        return reports.get(caller.get(), id);
    }
}
