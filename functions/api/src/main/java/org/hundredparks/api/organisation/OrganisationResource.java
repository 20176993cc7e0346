package org.hundredparks.api.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.api.identity.CurrentCaller;
import org.hundredparks.organisation.MembershipRequest;
import org.hundredparks.organisation.Organisation;
import org.hundredparks.organisation.OrganisationRegistration;
import org.hundredparks.organisation.OrganisationService;

/**
 * 单位: the organisations the platform knows. The authority above registers, suspends and reinstates an organisation;
 * an enterprise asks here to join a park.
 */
@Path("/organisations")
@Tag(name = "单位与园区成员", description = "单位由上级登记与停用；企业申请加入园区，园区管理员审批；园区据此为成员企业维护画像")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class OrganisationResource {

    private final OrganisationService organisations;
    private final CurrentCaller caller;

    public OrganisationResource(OrganisationService organisations, CurrentCaller caller) {
        this.organisations = organisations;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN"})
    @Operation(summary = "登记单位", description = "部委登记本领域的省级主管部门；省级主管部门登记本省的高校、园区（编号取自国家高新区、国家大学科技园名单）与企业；"
            + "园区管理员登记本园区的企业（登记即为本园区成员）。重复登记返回已登记的单位（200），编号已被其他单位使用则 409。")
    @APIResponse(responseCode = "201", description = "已登记")
    @APIResponse(responseCode = "200", description = "此前已登记")
    public Response register(OrganisationRegistration registration) {
        OrganisationService.Registered registered = organisations.register(caller.get(), registration);
        return Response.status(registered.created() ? 201 : 200).entity(registered.organisation()).build();
    }

    @POST
    @Path("/{organisationId}/suspend")
    @RolesAllowed({"MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN"})
    @Operation(summary = "停用单位", description = "上级可调用（同登记）：该单位的人员与对接系统在下一次请求时即被拒绝，不能再登录或刷新。重复停用无影响。")
    public Organisation suspend(@PathParam("organisationId") String organisationId) {
        return organisations.suspend(caller.get(), organisationId);
    }

    @POST
    @Path("/{organisationId}/reinstate")
    @RolesAllowed({"MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN"})
    @Operation(summary = "恢复单位", description = "上级可调用：恢复后该单位的人员可重新登录。")
    public Organisation reinstate(@PathParam("organisationId") String organisationId) {
        return organisations.reinstate(caller.get(), organisationId);
    }

    @GET
    @Path("/{organisationId}")
    @RolesAllowed({"PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY", "MINISTRY"})
    @Operation(summary = "查看单位", description = "已登录的单位均可查看名称、类型、地区、领域、所属园区与状态；本单位人员及其上级另可看待审批的入园申请、停用时间与登记人。")
    public Organisation get(@PathParam("organisationId") String organisationId) {
        caller.get(); // a disabled person's or revoked system's token stops here too
        return organisations.view(caller.get(), organisationId);
    }

    @POST
    @Path("/{organisationId}/membership")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ENTERPRISE")
    @Operation(summary = "申请加入园区", description = "企业为本企业申请加入本省的一个园区（国家高新区或国家大学科技园），等待该园区管理员审批；重复申请无影响。一个企业只属于一个园区。")
    public Organisation requestMembership(@PathParam("organisationId") String organisationId, MembershipRequest request) {
        return organisations.requestMembership(caller.get(), organisationId, request);
    }
}
