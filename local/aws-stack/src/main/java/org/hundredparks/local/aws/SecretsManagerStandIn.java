package org.hundredparks.local.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AWS Secrets Manager on loopback, for the one call the platform makes: {@code GetSecretValue} of a string secret,
 * in the AWS JSON 1.1 protocol the AWS SDK for Java 2 speaks. Secrets are put here with {@link #put} (in AWS the CDK
 * stack makes the secret and the operator sets its value) and live in memory.
 */
public final class SecretsManagerStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer server;
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, String> arns = new ConcurrentHashMap<>();

    private SecretsManagerStandIn() {
    }

    public static SecretsManagerStandIn start(int port) {
        SecretsManagerStandIn stand = new SecretsManagerStandIn();
        stand.server = LoopbackServer.start(port, "secretsmanager-stand-in", Map.of("/", stand::handle));
        return stand;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Sets a secret's value (a new version); returns its ARN, by which (or by name) it is read. */
    public String put(String name, String value) {
        String arn = arns.computeIfAbsent(name, n -> "arn:aws:secretsmanager:cn-north-1:" + SqsStandIn.ACCOUNT + ":secret:" + n + "-"
                + UUID.randomUUID().toString().substring(0, 6));
        secrets.put(name, value);
        return arn;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String id = request.path("SecretId").asText();
            String name = arns.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst().orElse(id);
            ObjectNode response = JSON.createObjectNode();
            int status = 200;
            if (!"secretsmanager.GetSecretValue".equals(target)) {
                status = 400;
                response.put("__type", "InvalidRequestException").put("message", "not supported by the local stand-in: " + target);
            } else if (!secrets.containsKey(name)) {
                status = 400;
                response.put("__type", "ResourceNotFoundException").put("message", "Secrets Manager can't find the specified secret.");
            } else {
                response.put("ARN", arns.get(name)).put("Name", name).put("SecretString", secrets.get(name))
                        .put("VersionId", UUID.randomUUID().toString()).set("VersionStages", JSON.createArrayNode().add("AWSCURRENT"));
            }
            byte[] bytes = JSON.writeValueAsBytes(response);
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
            exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        LoopbackServer.stop(server);
    }
}
