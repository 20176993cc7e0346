package org.hundredparks.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.hundredparks.platform.JsonHttp;
import org.hundredparks.platform.Refusal;
import org.jboss.logging.Logger;

/**
 * {@link WeChat} over HTTPS with typed calls rather than WxJava: two endpoints do not need a reflection-heavy
 * SDK in a native image. WeChat answers HTTP 200 with {@code errcode} in the body; each known error becomes a
 * refusal the mini-program can act on.
 */
public final class WeChatHttp implements WeChat {

    private static final Logger LOG = Logger.getLogger(WeChatHttp.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WeChatConfig config;
    private final Supplier<WeChatApps> apps;

    public WeChatHttp(WeChatConfig config, Supplier<WeChatApps> apps) {
        this.config = config;
        this.apps = apps;
    }

    @Override
    public Session jscode2session(String code) {
        WeChatApps app = apps.get();
        return session(URI.create(config.apiBaseUrl() + "/sns/jscode2session?appid=" + encode(app.appId()) + "&secret="
                + encode(app.appSecret()) + "&js_code=" + encode(code) + "&grant_type=authorization_code"));
    }

    @Override
    public Session webLogin(String code) {
        WeChatApps app = apps.get();
        return session(URI.create(config.apiBaseUrl() + "/sns/oauth2/access_token?appid=" + encode(app.webAppId()) + "&secret="
                + encode(app.webAppSecret()) + "&code=" + encode(code) + "&grant_type=authorization_code"));
    }

    /** One call of WeChat's server API that answers with a user's openid (and unionid) or an errcode. */
    private Session session(URI uri) {
        JsonNode body;
        try {
            body = JSON.readTree(JsonHttp.get(uri, config.timeout()).body());
        } catch (IOException e) {
            LOG.warn("WeChat unreachable", e);
            throw new Refusal(503, "WECHAT_UNREACHABLE", null, "暂时无法连接微信，请稍后再试");
        }
        int errcode = body.path("errcode").asInt(0);
        if (errcode == 0 && body.hasNonNull("openid")) {
            return new Session(body.get("openid").asText(), body.hasNonNull("unionid") ? body.get("unionid").asText() : null);
        }
        throw refusal(errcode, body.path("errmsg").asText(""));
    }

    /** WeChat's documented errors of jscode2session, as the platform's refusals. */
    static Refusal refusal(int errcode, String errmsg) {
        return switch (errcode) {
            case 40029 -> new Refusal(400, "WECHAT_CODE_INVALID", "code", "微信登录凭证无效，请重新登录");
            case 40163 -> new Refusal(409, "WECHAT_CODE_USED", "code", "微信登录凭证已被使用，请重新登录");
            case 45011 -> new Refusal(429, "WECHAT_RATE_LIMITED", null, "微信登录过于频繁，请稍后再试");
            case -1 -> new Refusal(503, "WECHAT_BUSY", null, "微信系统繁忙，请稍后再试");
            default -> {
                LOG.warnf("WeChat answered errcode %d: %s", errcode, errmsg);
                yield new Refusal(502, "WECHAT_ERROR", null, "微信登录失败，请稍后再试");
            }
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
