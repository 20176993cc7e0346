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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.platform.Refusal;
import org.hundredparks.signin.AccessTokens;
import org.hundredparks.signin.ClientSystems;
import org.hundredparks.signin.Person;
import org.hundredparks.signin.Sessions;

/** Sign-in: the OAuth 2.0 token endpoint for regional systems (the client-credentials grant). */
@Path("/auth")
@Tag(name = "登录与令牌", description = "平台签发的访问令牌：对接系统以客户端凭据换取令牌")
public class AuthResource {

    private final ClientSystems clients;
    private final Sessions sessions;

    public AuthResource(ClientSystems clients, Sessions sessions) {
        this.clients = clients;
        this.sessions = sessions;
    }

    /** The mini-program's sign-in: the code from {@code wx.login}. */
    @Schema(requiredProperties = "code")
    public record WeChatSignIn(@Schema(minLength = 1, maxLength = 128) String code) {
    }

    /** An unbound openid's second step: its ticket and an invitation code. */
    @Schema(requiredProperties = {"bindingTicket", "invitationCode"})
    public record Binding(@Schema(minLength = 1) String bindingTicket, @Schema(minLength = 1) String invitationCode) {
    }

    @Schema(requiredProperties = "refreshToken")
    public record Refresh(@Schema(minLength = 1) String refreshToken) {
    }

    /** A person's session, or (sign-in of an openid bound to nobody) a ticket to bind with. */
    public record SessionResponse(String accessToken, String tokenType, Long expiresIn, String refreshToken, Person person,
            String bindingTicket, Long bindingTicketExpiresIn) {

        static SessionResponse of(Sessions.Session session) {
            return new SessionResponse(session.accessToken(), "Bearer", session.expiresIn(), session.refreshToken(), session.person(), null,
                    null);
        }
    }

    @POST
    @Path("/wechat")
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "微信小程序登录", description = "任何人可调用：以 wx.login 的 code 登录。已绑定的微信返回访问令牌（15分钟）与刷新令牌；"
            + "未绑定的返回10分钟内有效的绑定凭证，凭邀请码绑定。微信的错误：凭证无效 400 WECHAT_CODE_INVALID，已使用 409 WECHAT_CODE_USED，"
            + "过于频繁 429 WECHAT_RATE_LIMITED，繁忙 503 WECHAT_BUSY。")
    public Response wechat(WeChatSignIn signIn) {
        Sessions.SignIn result = sessions.signInWithWeChat(signIn == null ? null : signIn.code());
        SessionResponse body = result.session() != null ? SessionResponse.of(result.session())
                : new SessionResponse(null, null, null, null, null, result.bindingTicket(), result.bindingTicketExpiresIn());
        return Response.ok(body).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/wechat/web")
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "微信扫码登录（网页）", description = "任何人可调用：以微信开放平台网站应用扫码所得的 code 登录主管部门等的网页端。"
            + "按 unionid 找到在小程序中已绑定的人员，手机与电脑同一身份；未绑定的返回 404 NOT_BOUND。")
    public Response web(WeChatSignIn signIn) {
        Sessions.Session session = sessions.signInOnTheWeb(signIn == null ? null : signIn.code());
        return Response.ok(SessionResponse.of(session)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/wechat/bind")
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "绑定微信与单位", description = "任何人可调用：以绑定凭证和单位发出的邀请码，把微信绑定为该单位的人员并登录。邀请码一次有效；重试不会重复绑定。")
    public Response bind(Binding binding) {
        Sessions.Session session = sessions.bind(binding == null ? null : binding.bindingTicket(), binding == null ? null : binding.invitationCode());
        return Response.ok(SessionResponse.of(session)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "刷新登录", description = "任何人可调用：以刷新令牌换取新的访问令牌与刷新令牌（旧的随即失效；旧令牌再次使用将使本次登录全部失效，401 REFRESH_REUSED）。")
    public Response refresh(Refresh refresh) {
        Sessions.Session session = sessions.refresh(refresh == null ? null : refresh.refreshToken());
        return Response.ok(SessionResponse.of(session)).header("Cache-Control", "no-store").build();
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
