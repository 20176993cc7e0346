package org.hundredparks.api.signin;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.signin.AccessTokens;

/**
 * What a verifier of the platform's tokens reads: the issuer's metadata (API Gateway's JWT authorizer finds the
 * keys through it) and the public keys, two of them during a key rotation.
 */
@Path("/.well-known")
@Tag(name = "登录与令牌", description = "平台签发的访问令牌：对接系统以客户端凭据换取令牌")
public class WellKnownResource {

    private final AccessTokens tokens;

    public WellKnownResource(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @GET
    @Path("/jwks.json")
    @PermitAll
    @SecurityRequirements
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "令牌验证公钥（JWKS）", description = "任何人可调用：平台签发令牌所用密钥的公钥，密钥轮换期间含新旧两把。")
    public Response jwks() {
        return Response.ok(tokens.jwks()).header("Cache-Control", "public, max-age=300").build();
    }

    @GET
    @Path("/openid-configuration")
    @PermitAll
    @SecurityRequirements
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "令牌签发方元数据", description = "任何人可调用：签发方、公钥地址与令牌端点。")
    public Map<String, Object> configuration() {
        String issuer = tokens.issuer();
        return Map.of("issuer", issuer, "jwks_uri", issuer + "/.well-known/jwks.json", "token_endpoint", issuer + "/auth/token",
                "grant_types_supported", List.of("client_credentials"), "id_token_signing_alg_values_supported", List.of("RS256"),
                "token_endpoint_auth_methods_supported", List.of("client_secret_post", "client_secret_basic"));
    }
}
