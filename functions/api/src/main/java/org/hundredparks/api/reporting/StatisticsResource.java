package org.hundredparks.api.reporting;

import jakarta.annotation.security.RolesAllowed;
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
import org.hundredparks.reporting.ReportFigures;
import org.hundredparks.reporting.ReportService;

/** The reports' figures, live, for a dashboard. */
@Path("/statistics")
@Tag(name = "评估报告", description = "中期评估与总结评估报告（.xlsx、.docx、.json）")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class StatisticsResource {

    private final ReportService reports;
    private final CurrentCaller caller;

    public StatisticsResource(ReportService reports, CurrentCaller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN"})
    @Operation(summary = "实时统计", description = "与评估报告相同的指标（按地区、领域、阶段），数据至多延迟1分钟；部委看全国或任一范围，省级主管部门看本省，园区看本园区。")
    public ReportFigures statistics(@Parameter(description = "范围：NATION、PROVINCE:44 或 PARK:园区编号；默认为调用者自己的范围")
            @QueryParam("scope") String scope) {
        return reports.statistics(caller.get(), scope);
    }
}
