package org.hundredparks.local.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Amazon SQS on loopback, for the part the platform uses: {@code SendMessage}, {@code GetQueueUrl} and
 * {@code CreateQueue} in the AWS JSON 1.0 protocol the AWS SDK for Java 2 speaks (with the body's MD5,
 * which the SDK checks). No emulator of SQS runs here without Docker, so this speaks the protocol
 * instead: the platform's own SQS client code runs unchanged against it. Messages wait in memory until
 * a consumer takes them ({@link #take}), as the Lambda event source mapping would.
 */
public final class SqsStandIn implements AutoCloseable {

    public static final String ACCOUNT = "000000000000";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One message as a queue holds it. */
    public record Message(String messageId, String body, long sentTimestamp) {
    }

    private HttpServer server;
    private final Map<String, LinkedBlockingQueue<Message>> queues = new ConcurrentHashMap<>();

    private SqsStandIn() {
    }

    public static SqsStandIn start(int port) {
        SqsStandIn sqs = new SqsStandIn();
        sqs.server = LoopbackServer.start(port, "sqs-stand-in", Map.of("/", sqs::handle));
        return sqs;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The URL a queue of this name has here (as in AWS: endpoint, account, name). */
    public String queueUrl(String name) {
        queues.computeIfAbsent(name, n -> new LinkedBlockingQueue<>());
        return endpoint() + "/" + ACCOUNT + "/" + name;
    }

    /** The next message of the queue, waiting up to {@code timeout}; null when none came. */
    public Message take(String name, Duration timeout) {
        try {
            return queue(name).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Puts a message back, as SQS does when its visibility timeout ends without a delete. */
    public void redeliver(String name, Message message) {
        queue(name).add(message);
    }

    /** Every message waiting now, removed from the queue. */
    public List<Message> drain(String name) {
        List<Message> taken = new ArrayList<>();
        queue(name).drainTo(taken);
        return taken;
    }

    /** How many messages wait in the queue now. */
    public int waiting(String name) {
        return queue(name).size();
    }

    private LinkedBlockingQueue<Message> queue(String name) {
        return queues.computeIfAbsent(name, n -> new LinkedBlockingQueue<>());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            ObjectNode response = JSON.createObjectNode();
            int status = 200;
            switch (target == null ? "" : target) {
                case "AmazonSQS.SendMessage" -> {
                    String body = request.path("MessageBody").asText("");
                    if (body.isEmpty()) {
                        status = 400;
                        error(response, "MissingParameter", "The request must contain the parameter MessageBody.");
                        break;
                    }
                    Message message = new Message(UUID.randomUUID().toString(), body, System.currentTimeMillis());
                    queue(name(request.path("QueueUrl").asText())).add(message);
                    response.put("MessageId", message.messageId()).put("MD5OfMessageBody", md5(body));
                }
                case "AmazonSQS.GetQueueUrl", "AmazonSQS.CreateQueue" ->
                        response.put("QueueUrl", queueUrl(request.path("QueueName").asText()));
                default -> {
                    status = 400;
                    error(response, "InvalidAction", "not supported by the local stand-in: " + target);
                }
            }
            byte[] bytes = JSON.writeValueAsBytes(response);
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
            exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static void error(ObjectNode response, String code, String message) {
        response.put("__type", "com.amazonaws.sqs#" + code).put("message", message);
    }

    private static String name(String queueUrl) {
        return queueUrl.substring(queueUrl.lastIndexOf('/') + 1);
    }

    static String md5(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        LoopbackServer.stop(server);
    }
}
