package org.hundredparks.api.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.api.identity.CurrentCaller;
import org.hundredparks.organisation.MembershipRequest;
import org.hundredparks.organisation.Organisation;
import org.hundredparks.organisation.OrganisationService;

/** 单位: the organisations the platform knows; an enterprise asks here to join a park. */
@Path("/organisations")
@Tag(name = "单位与园区成员", description = "企业申请加入园区，园区管理员审批；园区据此为成员企业维护画像")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class OrganisationResource {

    private final OrganisationService organisations;
    private final CurrentCaller caller;

    public OrganisationResource(OrganisationService organisations, CurrentCaller caller) {
        this.organisations = organisations;
        this.caller = caller;
    }

    @GET
    @Path("/{organisationId}")
    @RolesAllowed({"PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY", "MINISTRY"})
    @Operation(summary = "查看单位", description = "已登录的单位均可查看：名称、类型、地区、所属园区及待审批的申请。")
    public Organisation get(@PathParam("organisationId") String organisationId) {
        caller.get(); // a disabled person's or revoked system's token stops here too
        return organisations.get(organisationId);
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
