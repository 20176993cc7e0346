package org.hundredparks.api.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
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
import org.hundredparks.audit.AuditTrail;
import org.hundredparks.organisation.OrganisationService;
import org.hundredparks.validation.InvalidInputException;

/** The audit trail: sign-ins, bindings, invitations, systems, registrations, suspensions, for those above. */
@Path("/audit")
@Tag(name = "单位与园区成员", description = "单位由上级登记与停用；企业申请加入园区，园区管理员审批；园区据此为成员企业维护画像")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class AuditResource {

    private final OrganisationService organisations;
    private final CurrentCaller caller;

    public AuditResource(OrganisationService organisations, CurrentCaller caller) {
        this.organisations = organisations;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN", "UNIVERSITY", "ENTERPRISE"})
    @Operation(summary = "审计记录", description = "登录、绑定、邀请、对接系统的登记/换密钥/停用、单位登记、入园审批、单位停用与恢复，最新的在前。"
            + "指定且只指定一个范围：organisationId（本单位人员，或其上级），regionCode（本省的省级主管部门，部委），"
            + "parkId（本园区管理员，园区所在省的主管部门，部委）。对接系统的令牌不能查看。")
    public AuditTrail.Entries list(@Parameter(description = "单位编号") @QueryParam("organisationId") String organisationId,
            @Parameter(description = "省级行政区划代码，如 440000") @QueryParam("regionCode") String regionCode,
            @Parameter(description = "园区编号") @QueryParam("parkId") String parkId,
            @Parameter(description = "条数，1–100，默认50") @QueryParam("limit") @DefaultValue("50") int limit,
            @Parameter(description = "上一页返回的 nextCursor") @QueryParam("cursor") String cursor) {
        if (limit < 1 || limit > 100) {
            throw new InvalidInputException("OUT_OF_RANGE", "limit", "limit 应在1到100之间");
        }
        return organisations.auditEntries(caller.get(), organisationId, regionCode, parkId, limit, cursor);
    }
}
