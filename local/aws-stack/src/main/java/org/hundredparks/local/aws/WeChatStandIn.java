package org.hundredparks.local.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * WeChat's server API on loopback, for the part the platform calls: {@code GET /sns/jscode2session} (a
 * mini-program's {@code wx.login} code for the user's openid, unionid and session key), answering as WeChat does:
 * HTTP 200 with a JSON body, {@code errcode} on failure (40029 an invalid code, 40163 a code used before, 45011 too
 * many calls, -1 busy) and each code good once. {@link #login} plays {@code wx.login} on the phone: it makes a code
 * for a user. Codes starting {@code rate-limited} or {@code busy} answer 45011 and -1. The website QR login
 * ({@code GET /sns/oauth2/access_token}, the open platform's website app) is stood in the same way ({@link #webLogin}).
 * <p>
 * Subscription messages: {@code POST /cgi-bin/stable_token} gives the mini-program's access token (the same one while
 * it is valid, as WeChat's normal mode does), {@code POST /cgi-bin/message/subscribe/send} takes a message and records
 * it ({@link #messages}). It answers as WeChat does: 42001 for an expired token ({@link #expireAccessToken}), 40001 for
 * one it never issued, 47003 for a {@code thing} field over 20 characters, 43101 for a user who turned messages down
 * ({@link #refuseMessagesTo}), and any errcode it is told to give next ({@link #failNextSend}).
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

    /** A message WeChat took: to whom, which template, the page a tap opens, the fields' values. */
    public record Message(String touser, String templateId, String page, String miniprogramState, Map<String, String> data) {
    }

    private HttpServer server;
    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private final Set<String> refusing = ConcurrentHashMap.newKeySet();
    private final AtomicInteger nextSendErrcode = new AtomicInteger();
    private final AtomicInteger stableTokenCalls = new AtomicInteger();
    private volatile boolean tokenEndpointDown;
    private volatile String accessToken;
    private volatile Instant accessTokenExpiresAt = Instant.EPOCH;
    private final Map<String, User> codes = new ConcurrentHashMap<>();
    private final Map<String, Boolean> used = new ConcurrentHashMap<>();

    private WeChatStandIn() {
    }

    public static WeChatStandIn start(int port) {
        WeChatStandIn wechat = new WeChatStandIn();
        wechat.server = LoopbackServer.start(port, "wechat-stand-in", Map.of("/sns/jscode2session", wechat::jscode2session,
                "/sns/oauth2/access_token", wechat::webAccessToken, "/cgi-bin/stable_token", wechat::stableToken,
                "/cgi-bin/message/subscribe/send", wechat::send));
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

    /** The messages taken, oldest first. */
    public List<Message> messages() {
        return List.copyOf(messages);
    }

    /** How many times the stable-token endpoint was called. */
    public int stableTokenCalls() {
        return stableTokenCalls.get();
    }

    /** The access token's two hours are over: sends with it get 42001, and the next stable token is a new one. */
    public void expireAccessToken() {
        accessTokenExpiresAt = Instant.EPOCH;
    }

    /** The stable-token endpoint answers HTTP 503 (WeChat down) until told otherwise. */
    public void tokenEndpointDown(boolean down) {
        tokenEndpointDown = down;
    }

    /** This user turned the platform's messages down (or off): sends to them get 43101. */
    public void refuseMessagesTo(String openid) {
        refusing.add(openid);
    }

    /** The next send gets this errcode (e.g. -1 busy), whatever it carries. */
    public void failNextSend(int errcode) {
        nextSendErrcode.set(errcode);
    }

    /** Forgets messages, refusals and the token, for a test of its own. */
    public void resetMessages() {
        messages.clear();
        refusing.clear();
        tokenEndpointDown = false;
        nextSendErrcode.set(0);
        stableTokenCalls.set(0);
        accessToken = null;
        accessTokenExpiresAt = Instant.EPOCH;
    }

    /** {@code POST /cgi-bin/stable_token}: the normal mode gives the same token while it lives; force_refresh a new one. */
    private void stableToken(HttpExchange exchange) throws IOException {
        try (exchange) {
            stableTokenCalls.incrementAndGet();
            if (tokenEndpointDown) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            ObjectNode body = JSON.createObjectNode();
            if (!"POST".equals(exchange.getRequestMethod()) || !APP_ID.equals(request.path("appid").asText())
                    || !APP_SECRET.equals(request.path("secret").asText()) || !"client_credential".equals(request.path("grant_type").asText())) {
                body.put("errcode", 40013).put("errmsg", "invalid appid");
            } else {
                synchronized (this) {
                    if (accessToken == null || !Instant.now().isBefore(accessTokenExpiresAt) || request.path("force_refresh").asBoolean(false)) {
                        accessToken = "token-" + UUID.randomUUID();
                        accessTokenExpiresAt = Instant.now().plusSeconds(7200);
                    }
                }
                body.put("access_token", accessToken).put("expires_in", Math.max(0, Instant.now().until(accessTokenExpiresAt, ChronoUnit.SECONDS)));
            }
            reply(exchange, body);
        }
    }

    /** {@code POST /cgi-bin/message/subscribe/send?access_token=}: one message to one user. */
    private void send(HttpExchange exchange) throws IOException {
        try (exchange) {
            String token = query(exchange.getRequestURI().getRawQuery()).getOrDefault("access_token", "");
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            ObjectNode body = JSON.createObjectNode();
            int forced = nextSendErrcode.getAndSet(0);
            Map<String, String> data = new LinkedHashMap<>();
            request.path("data").fields().forEachRemaining(field -> data.put(field.getKey(), field.getValue().path("value").asText()));
            String tooLong = data.entrySet().stream().filter(e -> e.getKey().startsWith("thing") && e.getValue().codePointCount(0,
                    e.getValue().length()) > 20).map(Map.Entry::getKey).findFirst().orElse(null);
            if (!token.equals(accessToken)) {
                body.put("errcode", 40001).put("errmsg", "invalid credential, access_token is invalid or not latest");
            } else if (!Instant.now().isBefore(accessTokenExpiresAt)) {
                body.put("errcode", 42001).put("errmsg", "access_token expired");
            } else if (forced != 0) {
                body.put("errcode", forced).put("errmsg", "as told");
            } else if (request.path("touser").asText().isEmpty()) {
                body.put("errcode", 40003).put("errmsg", "invalid openid");
            } else if (refusing.contains(request.path("touser").asText())) {
                body.put("errcode", 43101).put("errmsg", "user refuse to accept the msg");
            } else if (tooLong != null) {
                body.put("errcode", 47003).put("errmsg", "argument invalid! data." + tooLong + ".value");
            } else {
                messages.add(new Message(request.path("touser").asText(), request.path("template_id").asText(), request.path("page").asText(null),
                        request.path("miniprogram_state").asText(null), data));
                body.put("errcode", 0).put("errmsg", "ok");
            }
            reply(exchange, body);
        }
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
