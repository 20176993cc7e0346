package org.hundredparks.local.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * API Gateway (HTTP API, payload format 2.0) on loopback: turns each HTTP request into the event AWS
 * would send the API function and the function's response back into HTTP. Extra local-only routes
 * (tokens, running a schedule by hand) are served beside it and never reach the function.
 */
public final class HttpApiFront implements AutoCloseable {

    /**
     * Headers of one connection, not of the answer: API Gateway drops them from a function's response and frames the
     * body itself (a function's "Transfer-Encoding: chunked" beside a whole body would leave the client waiting).
     */
    private static final Set<String> HOP_BY_HOP = Set.of("transfer-encoding", "connection", "keep-alive",
            "content-length", "upgrade", "trailer");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY_BYTES = 10 * 1024 * 1024; // API Gateway's payload limit
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    private final HttpServer server;
    private final Function<String, String> function;
    /** Each request's integration latency (the function's invocation, as API Gateway's access log has it), in µs. */
    private final List<Long> integrationMicros = new ArrayList<>();

    private HttpApiFront(HttpServer server, Function<String, String> function) {
        this.server = server;
        this.function = function;
    }

    /**
     * @param function    invokes the API function with an event JSON and returns its response JSON
     * @param localRoutes path prefix to handler, for routes that exist only in the local run
     */
    public static HttpApiFront start(int port, Function<String, String> function, Map<String, HttpHandler> localRoutes) {
        try {
            // loopback only: /_local/tokens mints tokens, and nothing on a developer's network should reach it
            HttpServer server = LoopbackServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
            HttpApiFront front = new HttpApiFront(server, function);
            server.createContext("/", front::handle);
            server.createContext("/_local/integration-latency", front::integrationLatency);
            localRoutes.forEach(server::createContext);
            server.setExecutor(Executors.newFixedThreadPool(16, StreamRelay.daemon("http-api")));
            server.start();
            return front;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HttpApiFront start(int port, LambdaRuntimeApi api, Map<String, HttpHandler> localRoutes) {
        return start(port, event -> api.invoke(event, Duration.ofSeconds(30)), localRoutes);
    }

    /**
     * {@code GET /_local/integration-latency}: count, p50 and p99 of the integration latency since the last call, then
     * starts again (bench/load.sh reads the function's own share of each request's time from it).
     */
    private void integrationLatency(HttpExchange exchange) throws IOException {
        try (exchange) {
            List<Long> taken;
            synchronized (integrationMicros) {
                taken = new ArrayList<>(integrationMicros);
                integrationMicros.clear();
            }
            Collections.sort(taken);
            ObjectNode figures = JSON.createObjectNode().put("count", taken.size());
            if (!taken.isEmpty()) {
                figures.put("p50Ms", taken.get(taken.size() / 2) / 1000.0)
                        .put("p99Ms", taken.get(Math.min(taken.size() - 1, (int) Math.ceil(taken.size() * 0.99) - 1)) / 1000.0);
            }
            reply(exchange, 200, "application/json", figures.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY_BYTES + 1);
            }
            if (body.length > MAX_BODY_BYTES) {
                reply(exchange, 413, "application/json", "{\"message\":\"Request Entity Too Large\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            JsonNode response;
            long started = System.nanoTime();
            try {
                response = JSON.readTree(function.apply(toEvent(exchange, body).toString()));
                synchronized (integrationMicros) {
                    if (integrationMicros.size() < 1_000_000) { // a run nobody reads must not grow without end
                        integrationMicros.add((System.nanoTime() - started) / 1000);
                    }
                }
            } catch (RuntimeException e) {
                // what API Gateway answers when the integration fails
                reply(exchange, 500, "application/json", "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            response.path("headers").fields().forEachRemaining(h -> {
                if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                    exchange.getResponseHeaders().add(h.getKey(), h.getValue().asText());
                }
            });
            response.path("multiValueHeaders").fields().forEachRemaining(h -> h.getValue().forEach(v -> {
                if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                    exchange.getResponseHeaders().add(h.getKey(), v.asText());
                }
            }));
            response.path("cookies").forEach(c -> exchange.getResponseHeaders().add("Set-Cookie", c.asText()));
            String text = response.path("body").asText("");
            byte[] out = response.path("isBase64Encoded").asBoolean() ? Base64.getDecoder().decode(text)
                    : text.getBytes(StandardCharsets.UTF_8);
            reply(exchange, response.path("statusCode").asInt(200), null, out);
        }
    }

    static ObjectNode toEvent(HttpExchange exchange, byte[] body) {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", path);
        event.put("rawQueryString", query == null ? "" : query);
        ObjectNode headers = event.putObject("headers");
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("cookie")) {
                values.forEach(v -> List.of(v.split(";\\s*")).forEach(c -> event.withArray("cookies").add(c)));
            } else {
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values));
            }
        });
        if (query != null && !query.isEmpty()) {
            ObjectNode parameters = event.putObject("queryStringParameters");
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                // API Gateway joins repeated parameters with commas
                parameters.put(name, parameters.has(name) ? parameters.get(name).asText() + "," + value : value);
            }
        }
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "000000000000");
        context.put("apiId", "local");
        context.put("domainName", "localhost");
        context.put("domainPrefix", "localhost");
        ObjectNode http = context.putObject("http");
        http.put("method", exchange.getRequestMethod());
        http.put("path", path);
        http.put("protocol", exchange.getProtocol());
        http.put("sourceIp", exchange.getRemoteAddress().getAddress().getHostAddress());
        http.put("userAgent", exchange.getRequestHeaders().getFirst("User-Agent"));
        context.put("requestId", UUID.randomUUID().toString());
        context.put("routeKey", "$default");
        context.put("stage", "$default");
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        context.put("time", REQUEST_TIME.format(now));
        context.put("timeEpoch", now.toInstant().toEpochMilli());
        if (body.length > 0) {
            String text = utf8Text(body);
            event.put("isBase64Encoded", text == null);
            event.put("body", text == null ? Base64.getEncoder().encodeToString(body) : text);
        } else {
            event.put("isBase64Encoded", false);
        }
        return event;
    }

    /** API Gateway passes text bodies as they are and base64-encodes anything else. */
    private static String utf8Text(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException binary) {
            return null;
        }
    }

    public static void reply(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
