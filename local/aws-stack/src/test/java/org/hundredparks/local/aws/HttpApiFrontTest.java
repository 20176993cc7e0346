package org.hundredparks.local.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The HTTP front and the runtime API together, with a minimal runtime client standing in for the
 * function: it polls for the next invocation as a real Lambda runtime does and answers it.
 */
class HttpApiFrontTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void requestsArriveAsApiGatewayV2EventsAndResponsesGoBack() throws Exception {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        try (LambdaRuntimeApi runtime = LambdaRuntimeApi.start("api", 0);
                HttpApiFront front = HttpApiFront.start(0, runtime, Map.of())) {
            Thread function = new Thread(() -> serveOnce(runtime, seen));
            function.start();

            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + front.port() + "/achievements?regionCode=440300&regionCode=110000"))
                    .header("Content-Type", "application/json")
                    .header("Cookie", "a=1; b=2")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"锂电\"}", StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            function.join(10_000);

            assertEquals(201, response.statusCode());
            assertEquals("yes", response.headers().firstValue("x-echo").orElse(null));
            assertEquals("{\"ok\":\"成功\"}", response.body());

            JsonNode event = seen.get();
            assertEquals("POST", event.at("/requestContext/http/method").asText());
            assertEquals("/achievements", event.get("rawPath").asText());
            assertEquals("440300,110000", event.at("/queryStringParameters/regionCode").asText());
            assertEquals("{\"title\":\"锂电\"}", event.get("body").asText());
            assertEquals(List.of("a=1", "b=2"), List.of(event.get("cookies").get(0).asText(), event.get("cookies").get(1).asText()));
            // what AWS adds only with an authorizer, path parameters or stage variables
            Set<String> optional = Set.of("authorizer", "pathParameters", "stageVariables");
            assertEquals(List.of(), AwsEventShapes.differences(AwsEventShapes.sample("apigateway-http-v2.json"), event, optional));
        }
    }

    @Test
    void binaryBodiesTravelBase64Encoded() throws Exception {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        try (LambdaRuntimeApi runtime = LambdaRuntimeApi.start("api", 0);
                HttpApiFront front = HttpApiFront.start(0, runtime, Map.of())) {
            Thread function = new Thread(() -> serveOnce(runtime, seen));
            function.start();
            byte[] xlsx = {0x50, 0x4b, 0x03, 0x04, (byte) 0xff, (byte) 0xfe};
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + "/imports"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(xlsx)).build(), HttpResponse.BodyHandlers.ofString());
            function.join(10_000);
            assertEquals(true, seen.get().get("isBase64Encoded").asBoolean());
            assertEquals(Base64.getEncoder().encodeToString(xlsx), seen.get().get("body").asText());
        }
    }

    /**
     * A function's "Transfer-Encoding: chunked" (Quarkus writes it for any answer over its output buffer) beside a
     * whole body: API Gateway drops such hop-by-hop headers and frames the body itself. Passed on, they left the
     * client waiting for chunks that never came, 30–40 s for the national statistics.
     */
    @Test
    void hopByHopHeadersOfTheFunctionAreDroppedAndTheBodyIsSentWhole() throws Exception {
        String body = "{\"figures\":\"" + "统计".repeat(15_000) + "\"}";
        try (LambdaRuntimeApi runtime = LambdaRuntimeApi.start("api", 0);
                HttpApiFront front = HttpApiFront.start(0, runtime, Map.of())) {
            Thread function = new Thread(() -> serveOnce(runtime, new AtomicReference<>(), body,
                    Map.of("transfer-encoding", "chunked", "connection", "keep-alive")));
            function.start();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + "/statistics"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            function.join(10_000);
            assertEquals(body, response.body());
            assertEquals(String.valueOf(body.getBytes(StandardCharsets.UTF_8).length), response.headers().firstValue("content-length").orElse(null));
            assertEquals(Optional.empty(), response.headers().firstValue("transfer-encoding"));
        }
    }

    /** One turn of the Lambda runtime loop: GET next, POST the response. */
    private void serveOnce(LambdaRuntimeApi runtime, AtomicReference<JsonNode> seen) {
        serveOnce(runtime, seen, "{\"ok\":\"成功\"}", Map.of("x-echo", "yes"));
    }

    private void serveOnce(LambdaRuntimeApi runtime, AtomicReference<JsonNode> seen, String body, Map<String, String> headers) {
        try {
            String base = "http://" + runtime.address() + "/2018-06-01/runtime/invocation/";
            HttpResponse<String> next = http.send(HttpRequest.newBuilder(URI.create(base + "next")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            seen.set(JSON.readTree(next.body()));
            String requestId = next.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();
            ObjectNode response = JSON.createObjectNode().put("statusCode", 201).put("body", body).put("isBase64Encoded", false);
            ObjectNode answerHeaders = response.putObject("headers").put("content-type", "application/json");
            headers.forEach(answerHeaders::put);
            http.send(HttpRequest.newBuilder(URI.create(base + requestId + "/response"))
                    .POST(HttpRequest.BodyPublishers.ofString(response.toString())).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
