package org.hundredparks.local.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * DynamoDB Streams for an emulator that has none. A proxy on loopback in front of the DynamoDB endpoint:
 * clients talk to it as to DynamoDB; for every write that commits it reads the item before and after
 * and publishes a stream record in AWS's exact shape (view type NEW_AND_OLD_IMAGES). Like Streams it
 * publishes nothing for a write that changes nothing (a failed condition, an identical put).
 *
 * <p>Writes are serialised so that the before and after images belong to the same write; this is a
 * single-developer tool, not a load path. Bodies are forwarded byte for byte, so the SDK's CRC32
 * check of the response still holds.
 */
public final class StreamRelay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StreamRelay.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    private static final Set<String> SINGLE_WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem");
    private static final Set<String> HOP_BY_HOP = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "transfer-encoding", "keep-alive");
    /** Any well-formed SigV4 header satisfies the emulators; the relay's own reads are not the client's. */
    private static final String RELAY_AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=relay/20200101/local/dynamodb/aws4_request, "
            + "SignedHeaders=host;x-amz-date, Signature=0000";

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI target;
    private final String region;
    private final Consumer<ObjectNode> publisher;
    private final java.util.function.BooleanSupplier listening;
    private final Map<String, List<String>> keySchemas = new ConcurrentHashMap<>();
    private final Map<String, String> streamLabels = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() * 1000);
    private final Object writeLock = new Object();
    /** Every request a client made through the relay, by operation (not the relay's own reads). */
    private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();

    private StreamRelay(HttpServer server, URI target, String region, Consumer<ObjectNode> publisher,
            java.util.function.BooleanSupplier listening) {
        this.server = server;
        this.target = target;
        this.region = region;
        this.publisher = publisher;
        this.listening = listening;
    }

    /**
     * @param target    the DynamoDB endpoint to forward to
     * @param publisher receives every stream record, in commit order
     */
    public static StreamRelay start(int port, String target, String region, Consumer<ObjectNode> publisher) {
        return start(port, target, region, publisher, () -> true);
    }

    /** @param listening whether anyone reads the stream now; when not, writes pass straight through */
    public static StreamRelay start(int port, String target, String region, Consumer<ObjectNode> publisher,
            java.util.function.BooleanSupplier listening) {
        try {
            HttpServer server = LoopbackServer.create(new InetSocketAddress("127.0.0.1", port), 64);
            StreamRelay relay = new StreamRelay(server, URI.create(target), region, publisher, listening);
            server.createContext("/", relay::handle);
            server.setExecutor(Executors.newCachedThreadPool(daemon("stream-relay")));
            server.start();
            return relay;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many requests clients have made through the relay so far, by operation (PutItem, Query, ...). */
    public Map<String, Long> requests() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        requests.forEach((operation, count) -> counts.put(operation, count.get()));
        return counts;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String amzTarget = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String operation = amzTarget != null && amzTarget.startsWith(TARGET_PREFIX)
                    ? amzTarget.substring(TARGET_PREFIX.length()) : "";
            requests.computeIfAbsent(operation, o -> new AtomicLong()).incrementAndGet();
            HttpResponse<byte[]> response;
            if ((SINGLE_WRITES.contains(operation) || "BatchWriteItem".equals(operation)) && listening.getAsBoolean()) {
                synchronized (writeLock) {
                    response = forwardWrite(exchange, operation, body);
                }
            } else {
                response = forward(exchange, body);
            }
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        } catch (RuntimeException | InterruptedException e) {
            LOG.error("stream relay failed", e);
            exchange.sendResponseHeaders(500, -1);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private HttpResponse<byte[]> forwardWrite(HttpExchange exchange, String operation, byte[] body)
            throws IOException, InterruptedException {
        List<WrittenKey> keys = writtenKeys(operation, JSON.readTree(body));
        List<JsonNode> before = new ArrayList<>(keys.size());
        for (WrittenKey key : keys) {
            before.add(read(key));
        }
        HttpResponse<byte[]> response = forward(exchange, body);
        if (response.statusCode() != 200) {
            return response;
        }
        // a batch may leave items unwritten; the client retries them, and they are published then
        Set<WrittenKey> unprocessed = new HashSet<>();
        JsonNode left = JSON.readTree(response.body()).path("UnprocessedItems");
        if (left.size() > 0) {
            ObjectNode retry = JSON.createObjectNode();
            retry.set("RequestItems", left);
            unprocessed.addAll(writtenKeys("BatchWriteItem", retry));
        }
        for (int i = 0; i < keys.size(); i++) {
            if (!unprocessed.contains(keys.get(i))) {
                publish(keys.get(i), before.get(i), read(keys.get(i)));
            }
        }
        return response;
    }

    private List<WrittenKey> writtenKeys(String operation, JsonNode request) throws IOException, InterruptedException {
        List<WrittenKey> keys = new ArrayList<>();
        if ("BatchWriteItem".equals(operation)) {
            Iterator<Map.Entry<String, JsonNode>> tables = request.path("RequestItems").fields();
            while (tables.hasNext()) {
                Map.Entry<String, JsonNode> table = tables.next();
                for (JsonNode write : table.getValue()) {
                    JsonNode put = write.path("PutRequest").path("Item");
                    keys.add(put.isMissingNode()
                            ? new WrittenKey(table.getKey(), write.path("DeleteRequest").path("Key"))
                            : new WrittenKey(table.getKey(), keyOf(table.getKey(), put)));
                }
            }
        } else {
            String table = request.path("TableName").asText();
            keys.add(new WrittenKey(table, "PutItem".equals(operation)
                    ? keyOf(table, request.path("Item")) : request.path("Key")));
        }
        return keys;
    }

    private JsonNode keyOf(String table, JsonNode item) throws IOException, InterruptedException {
        ObjectNode key = JSON.createObjectNode();
        for (String attribute : keySchema(table)) {
            key.set(attribute, item.path(attribute));
        }
        return key;
    }

    private List<String> keySchema(String table) throws IOException, InterruptedException {
        List<String> known = keySchemas.get(table);
        if (known != null) {
            return known;
        }
        JsonNode description = call("DescribeTable", JSON.createObjectNode().put("TableName", table)).path("Table");
        List<String> attributes = new ArrayList<>();
        description.path("KeySchema").forEach(element -> attributes.add(element.path("AttributeName").asText()));
        keySchemas.put(table, attributes);
        streamLabels.put(table, description.path("CreationDateTime").isNumber()
                ? Instant.ofEpochMilli((long) (description.path("CreationDateTime").asDouble() * 1000)).toString().replace("Z", "")
                : Instant.now().toString().replace("Z", ""));
        return attributes;
    }

    private JsonNode read(WrittenKey key) throws IOException, InterruptedException {
        ObjectNode request = JSON.createObjectNode().put("TableName", key.table()).put("ConsistentRead", true);
        request.set("Key", key.key());
        return call("GetItem", request).path("Item");
    }

    private void publish(WrittenKey key, JsonNode before, JsonNode after) {
        boolean existed = !before.isMissingNode();
        boolean exists = !after.isMissingNode();
        if (!existed && !exists || existed && exists && before.equals(after)) {
            return; // Streams records only real changes
        }
        String eventName = !existed ? "INSERT" : exists ? "MODIFY" : "REMOVE";
        ObjectNode record = JSON.createObjectNode();
        record.put("eventID", UUID.randomUUID().toString().replace("-", ""));
        record.put("eventName", eventName);
        record.put("eventVersion", "1.1");
        record.put("eventSource", "aws:dynamodb");
        record.put("awsRegion", region);
        ObjectNode dynamodb = record.putObject("dynamodb");
        dynamodb.put("ApproximateCreationDateTime", Instant.now().getEpochSecond());
        dynamodb.set("Keys", key.key());
        if (exists) {
            dynamodb.set("NewImage", after);
        }
        if (existed) {
            dynamodb.set("OldImage", before);
        }
        dynamodb.put("SequenceNumber", String.format("%021d", sequence.incrementAndGet()));
        dynamodb.put("SizeBytes", (exists ? after : before).toString().getBytes(StandardCharsets.UTF_8).length);
        dynamodb.put("StreamViewType", "NEW_AND_OLD_IMAGES");
        record.put("eventSourceARN", "arn:aws:dynamodb:" + region + ":000000000000:table/" + key.table()
                + "/stream/" + streamLabels.getOrDefault(key.table(), "1970-01-01T00:00:00.000"));
        publisher.accept(record);
    }

    private JsonNode call(String operation, JsonNode request) throws IOException, InterruptedException {
        HttpRequest httpRequest = HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", TARGET_PREFIX + operation)
                .header("X-Amz-Date", "20200101T000000Z")
                .header("Authorization", RELAY_AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.ofString(request.toString()))
                .build();
        HttpResponse<String> response = client.send(httpRequest, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(operation + " failed with " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong count = new AtomicLong();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A key written by one request, with the table it belongs to. */
    private record WrittenKey(String table, JsonNode key) {
    }

    /** Collects every record in memory; for tests that look at what the relay published. */
    public static final class Recorder implements Consumer<ObjectNode> {
        private final List<ObjectNode> records = new ArrayList<>();

        @Override
        public synchronized void accept(ObjectNode record) {
            records.add(record);
        }

        public synchronized List<ObjectNode> records() {
            return List.copyOf(records);
        }
    }
}
