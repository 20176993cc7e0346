package org.hundredparks.local.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WeChat's server API on loopback, for the part the platform calls: {@code GET /sns/jscode2session} (a
 * mini-program's {@code wx.login} code for the user's openid, unionid and session key), answering as WeChat does:
 * HTTP 200 with a JSON body, {@code errcode} on failure (40029 an invalid code, 40163 a code used before, 45011 too
 * many calls, -1 busy) and each code good once. {@link #login} plays {@code wx.login} on the phone: it makes a code
 * for a user. Codes starting {@code rate-limited} or {@code busy} answer 45011 and -1. The website QR login
 * ({@code GET /sns/oauth2/access_token}, the open platform's website app) is stood in the same way ({@link #webLogin}).
 */
public final class WeChatStandIn implements AutoCloseable {

    public static final String APP_ID = "wx-local-app";
    public static final String APP_SECRET = "local-app-secret";
    /** The website app of WeChat's open platform (QR login on the desks), a second app under the same account. */
    public static final String WEB_APP_ID = "wx-local-web";
    public static final String WEB_APP_SECRET = "local-web-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record User(String openid, String unionid) {
    }

    private HttpServer server;
    private final Map<String, User> codes = new ConcurrentHashMap<>();
    private final Map<String, Boolean> used = new ConcurrentHashMap<>();

    private WeChatStandIn() {
    }

    public static WeChatStandIn start(int port) {
        WeChatStandIn wechat = new WeChatStandIn();
        wechat.server = LoopbackServer.start(port, "wechat-stand-in", Map.of("/sns/jscode2session", wechat::jscode2session,
                "/sns/oauth2/access_token", wechat::webAccessToken));
        return wechat;
    }

    /** The base URL the platform calls instead of https://api.weixin.qq.com. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What {@code wx.login} gives the mini-program: a one-time code for this user (unionid may be null). */
    public String login(String openid, String unionid) {
        String code = "code-" + UUID.randomUUID();
        codes.put(code, new User(openid, unionid));
        return code;
    }

    /**
     * What scanning the website's QR code gives its page: a one-time code for this user. The website app has openids
     * of its own; the unionid is what the user shares across the account's apps.
     */
    public String webLogin(String unionid) {
        String code = "web-" + UUID.randomUUID();
        codes.put(code, new User("web-" + unionid, unionid));
        return code;
    }

    /** {@code GET /sns/oauth2/access_token}: the website QR login's code for the user's openid and unionid. */
    private void webAccessToken(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            ObjectNode body = JSON.createObjectNode();
            String code = query.getOrDefault("code", "");
            if (!WEB_APP_ID.equals(query.get("appid")) || !WEB_APP_SECRET.equals(query.get("secret"))
                    || !"authorization_code".equals(query.get("grant_type"))) {
                body.put("errcode", 40013).put("errmsg", "invalid appid");
            } else if (used.containsKey(code)) {
                body.put("errcode", 40163).put("errmsg", "code been used");
            } else if (!code.startsWith("web-") || !codes.containsKey(code)) {
                body.put("errcode", 40029).put("errmsg", "invalid code");
            } else {
                used.put(code, true);
                User user = codes.remove(code);
                body.put("access_token", UUID.randomUUID().toString()).put("expires_in", 7200)
                        .put("refresh_token", UUID.randomUUID().toString()).put("openid", user.openid()).put("scope", "snsapi_login");
                if (user.unionid() != null) {
                    body.put("unionid", user.unionid());
                }
            }
            reply(exchange, body);
        }
    }

    private void jscode2session(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            ObjectNode body = JSON.createObjectNode();
            String code = query.getOrDefault("js_code", "");
            if (!APP_ID.equals(query.get("appid")) || !APP_SECRET.equals(query.get("secret"))
                    || !"authorization_code".equals(query.get("grant_type"))) {
                body.put("errcode", 40013).put("errmsg", "invalid appid");
            } else if (code.startsWith("rate-limited")) {
                body.put("errcode", 45011).put("errmsg", "api minute-quota reach limit");
            } else if (code.startsWith("busy")) {
                body.put("errcode", -1).put("errmsg", "system error");
            } else if (used.containsKey(code)) {
                body.put("errcode", 40163).put("errmsg", "code been used");
            } else if (!codes.containsKey(code)) {
                body.put("errcode", 40029).put("errmsg", "invalid code");
            } else {
                used.put(code, true);
                User user = codes.remove(code);
                body.put("openid", user.openid()).put("session_key", UUID.randomUUID().toString().replace("-", ""));
                if (user.unionid() != null) {
                    body.put("unionid", user.unionid());
                }
            }
            reply(exchange, body);
        }
    }

    private static void reply(HttpExchange exchange, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; encoding=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    @Override
    public void close() {
        LoopbackServer.stop(server);
    }
}
