package org.hundredparks.api.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.api.identity.CurrentCaller;
import org.hundredparks.organisation.Organisation;
import org.hundredparks.organisation.OrganisationService;

/** A park's members: the enterprises its admin approved, and the requests waiting for it. */
@Path("/parks")
@Tag(name = "单位与园区成员", description = "企业申请加入园区，园区管理员审批；园区据此为成员企业维护画像")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class ParkMembersResource {

    private final OrganisationService organisations;
    private final CurrentCaller caller;

    public ParkMembersResource(OrganisationService organisations, CurrentCaller caller) {
        this.organisations = organisations;
        this.caller = caller;
    }

    @GET
    @Path("/{parkId}/members")
    @RolesAllowed({"PARK_ADMIN", "PROVINCE_AUTHORITY", "MINISTRY"})
    @Operation(summary = "园区成员与待审批申请", description = "本园区管理员、园区所在省的主管部门与部委可看。")
    public List<Organisation> members(@PathParam("parkId") String parkId) {
        return organisations.ofPark(caller.get(), parkId);
    }

    @POST
    @Path("/{parkId}/members/{organisationId}/approve")
    @RolesAllowed("PARK_ADMIN")
    @Operation(summary = "批准加入园区", description = "本园区管理员批准企业的申请；此后可为该企业维护企业画像。重复批准无影响。")
    public Organisation approve(@PathParam("parkId") String parkId, @PathParam("organisationId") String organisationId) {
        return organisations.approveMembership(caller.get(), parkId, organisationId);
    }
}
