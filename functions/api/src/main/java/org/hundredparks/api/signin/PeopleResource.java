package org.hundredparks.api.signin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.api.identity.CurrentCaller;
import org.hundredparks.signin.Invitation;
import org.hundredparks.signin.Invitations;
import org.hundredparks.signin.Person;
import org.hundredparks.signin.Sessions;

/** An organisation's people: invitations into it, its people, and disabling one. */
@Path("/organisations/{organisationId}")
@Tag(name = "登录与令牌", description = "平台签发的访问令牌：对接系统以客户端凭据换取令牌")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class PeopleResource {

    private final Invitations invitations;
    private final Sessions sessions;
    private final CurrentCaller caller;

    public PeopleResource(Invitations invitations, Sessions sessions, CurrentCaller caller) {
        this.invitations = invitations;
        this.sessions = sessions;
        this.caller = caller;
    }

    @POST
    @Path("/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY", "MINISTRY"})
    @Operation(summary = "发出邀请码", description = "本单位人员可邀请同事（与本人同一角色）；上级可为已登记的下级单位邀请其第一位人员（角色、地区、领域、园区取自单位登记）："
            + "部委邀请本领域的省级主管部门，省级主管部门邀请本省的高校、园区与企业，园区管理员邀请本园区的成员企业。"
            + "邀请码仅此一次显示，一次有效，默认7天（validDays 1–30）。")
    @APIResponse(responseCode = "201", description = "邀请码（仅此一次显示）", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Invitations.Issued.class)))
    public Response invite(@PathParam("organisationId") String organisationId, Invitation invitation) {
        return Response.status(201).entity(invitations.issue(caller.get(), organisationId, invitation)).header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("/people")
    @RolesAllowed({"PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY", "MINISTRY"})
    @Operation(summary = "本单位人员", description = "本单位人员可看。")
    public List<Person> people(@PathParam("organisationId") String organisationId) {
        return sessions.people(caller.get(), organisationId);
    }

    @POST
    @Path("/people/{personId}/disable")
    @RolesAllowed({"PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY", "MINISTRY"})
    @Operation(summary = "停用人员", description = "本单位人员可调用：停用后不能刷新登录，已签发的访问令牌在下一次请求时即被拒绝。")
    public Person disable(@PathParam("organisationId") String organisationId, @PathParam("personId") String personId) {
        return sessions.disable(caller.get(), organisationId, personId);
    }
}
