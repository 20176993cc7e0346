package org.hundredparks.api.signin;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.platform.Refusal;
import org.hundredparks.signin.AccessTokens;
import org.hundredparks.signin.ClientSystems;

/** Sign-in: the OAuth 2.0 token endpoint for regional systems (the client-credentials grant). */
@Path("/auth")
@Tag(name = "登录与令牌", description = "平台签发的访问令牌：对接系统以客户端凭据换取令牌")
public class AuthResource {

    private final ClientSystems clients;

    public AuthResource(ClientSystems clients) {
        this.clients = clients;
    }

    /** The token response of RFC 6749 §5.1. */
    public record TokenResponse(String access_token, String token_type, long expires_in) {
    }

    @POST
    @Path("/token")
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "换取访问令牌（客户端凭据）", description = "任何人可调用：grant_type=client_credentials，凭据放在 client_id、client_secret 表单字段或 HTTP Basic 认证头中。"
            + "返回有效期不超过15分钟的访问令牌；凭据无效或系统已停用时返回 401 INVALID_CLIENT。")
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret,
            @Parameter(description = "Basic base64(client_id:client_secret)，可代替表单中的凭据") @HeaderParam("Authorization") String authorization) {
        if (!"client_credentials".equals(grantType)) {
            throw new Refusal(400, "UNSUPPORTED_GRANT_TYPE", "grant_type", "只支持 grant_type=client_credentials");
        }
        if (clientId == null && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = basic(authorization.substring(6).trim());
            clientId = pair[0];
            clientSecret = pair[1];
        }
        AccessTokens.Issued issued = clients.token(clientId, clientSecret);
        return Response.ok(new TokenResponse(issued.token(), "Bearer", issued.expiresInSeconds()))
                .header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }

    private static String[] basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? new String[] {null, null} : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return new String[] {null, null};
        }
    }

}
