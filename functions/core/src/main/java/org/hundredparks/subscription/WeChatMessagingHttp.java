package org.hundredparks.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.hundredparks.platform.JsonHttp;
import org.hundredparks.signin.WeChatApps;

/**
 * {@link WeChatMessaging} over HTTPS with two typed calls, as sign-in's {@code WeChatHttp} does (no reflection-heavy
 * SDK in a native image). WeChat answers HTTP 200 with {@code errcode} in the body.
 */
public final class WeChatMessagingHttp implements WeChatMessaging {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final Duration timeout;
    private final WeChatApps.Source apps;
    private final String miniprogramState;

    public WeChatMessagingHttp(String baseUrl, Duration timeout, WeChatApps.Source apps, String miniprogramState) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.apps = apps;
        this.miniprogramState = miniprogramState;
    }

    @Override
    public AccessToken stableToken(boolean forceRefresh) {
        WeChatApps app = apps.get();
        ObjectNode request = JSON.createObjectNode().put("grant_type", "client_credential").put("appid", app.appId())
                .put("secret", app.appSecret()).put("force_refresh", forceRefresh);
        JsonNode body = post(URI.create(baseUrl + "/cgi-bin/stable_token"), request);
        if (!body.hasNonNull("access_token")) {
            throw new Unavailable("WeChat gave no access token: errcode " + body.path("errcode").asInt() + " " + body.path("errmsg").asText(), null);
        }
        return new AccessToken(body.get("access_token").asText(), body.path("expires_in").asLong(7200));
    }

    @Override
    public Sent send(String accessToken, SubscriptionMessage message) {
        ObjectNode request = JSON.createObjectNode().put("touser", message.toOpenid()).put("template_id", message.templateId())
                .put("page", message.page()).put("miniprogram_state", miniprogramState).put("lang", "zh_CN");
        ObjectNode data = request.putObject("data");
        message.data().forEach((field, value) -> data.putObject(field).put("value", value));
        JsonNode body = post(URI.create(baseUrl + "/cgi-bin/message/subscribe/send?access_token="
                + URLEncoder.encode(accessToken, StandardCharsets.UTF_8)), request);
        if (!body.path("errcode").isInt()) {
            throw new Unavailable("WeChat's answer to a send has no errcode: " + body, null);
        }
        return new Sent(body.get("errcode").asInt(), body.path("errmsg").asText(""));
    }

    private JsonNode post(URI uri, JsonNode request) {
        try {
            JsonHttp.Answer answer = JsonHttp.post(uri, timeout, request.toString());
            if (answer.status() != 200) {
                throw new Unavailable("WeChat answered HTTP " + answer.status() + " to " + uri.getPath(), null);
            }
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new Unavailable("WeChat unreachable: " + uri.getPath(), e);
        }
    }
}
