package org.hundredparks.api.signin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.hundredparks.signin.ClientSystem;
import org.hundredparks.signin.ClientSystems;

/** An organisation's own systems (对接系统) and their client credentials. */
@Path("/organisations/{organisationId}/clients")
@Tag(name = "登录与令牌", description = "平台签发的访问令牌：对接系统以客户端凭据换取令牌")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class ClientSystemResource {

    private final ClientSystems clients;
    private final CurrentCaller caller;

    public ClientSystemResource(ClientSystems clients, CurrentCaller caller) {
        this.clients = clients;
        this.caller = caller;
    }

    /** What registering a system asks: its name. */
    @Schema(name = "ClientSystemRegistration", requiredProperties = "name")
    public record Registration(@Schema(minLength = 1, maxLength = 100) String name) {
    }

    /** A system with its secret, shown this once. */
    @Schema(name = "IssuedClientSystem")
    public record Issued(ClientSystem system, String clientSecret) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY", "MINISTRY"})
    @Operation(summary = "登记对接系统", description = "本单位人员可调用：登记本单位的对接系统，返回 client_id 与 client_secret（仅此一次显示）。系统以登记者所在单位的身份提交。")
    @APIResponse(responseCode = "201", description = "系统及其密钥（密钥仅此一次显示）", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Issued.class)))
    public Response register(@PathParam("organisationId") String organisationId, Registration registration) {
        ClientSystems.Credentials credentials = clients.register(caller.get(), organisationId, registration == null ? null : registration.name());
        return Response.status(201).entity(new Issued(credentials.system(), credentials.clientSecret())).header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @RolesAllowed({"PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY", "MINISTRY"})
    @Operation(summary = "本单位的对接系统", description = "本单位人员可调用；不含密钥。")
    public List<ClientSystem> list(@PathParam("organisationId") String organisationId) {
        return clients.list(caller.get(), organisationId);
    }

    @POST
    @Path("/{clientId}/secret")
    @RolesAllowed({"PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY", "MINISTRY"})
    @Operation(summary = "更换对接系统密钥", description = "本单位人员可调用：签发新密钥（仅此一次显示），旧密钥立即失效。")
    public Response rotate(@PathParam("organisationId") String organisationId, @PathParam("clientId") String clientId) {
        ClientSystems.Credentials credentials = clients.rotateSecret(caller.get(), organisationId, clientId);
        return Response.ok(new Issued(credentials.system(), credentials.clientSecret())).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("/{clientId}")
    @RolesAllowed({"PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY", "MINISTRY"})
    @Operation(summary = "停用对接系统", description = "本单位人员可调用：此后不再为其签发令牌（已签发的令牌在15分钟内过期）。")
    public ClientSystem revoke(@PathParam("organisationId") String organisationId, @PathParam("clientId") String clientId) {
        return clients.revoke(caller.get(), organisationId, clientId);
    }
}
