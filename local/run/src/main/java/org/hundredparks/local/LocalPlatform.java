package org.hundredparks.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.hundredparks.local.aws.HttpApiFront;
import org.hundredparks.local.aws.LocalAwsStack;
import org.hundredparks.local.aws.QueueEventSource;
import org.hundredparks.local.aws.S3Proxy;
import org.hundredparks.local.aws.StreamEventSource;
import org.hundredparks.matching.ChangeRouter;
import org.hundredparks.storage.BucketBootstrap;
import org.hundredparks.storage.TableBootstrap;
import org.hundredparks.storage.TableDesign;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The whole platform on one machine. Starts the local AWS stack (data under one folder), creates the
 * table and buckets if missing, runs every function's packaged artifact as a Lambda process, delivers
 * the table's changes to the matching function as stream batches, and serves the API on one port
 * together with a few local-only routes under {@code /_local}. Ctrl-C stops everything it started.
 */
public final class LocalPlatform implements AutoCloseable {

    /** s3proxy's keys; dynalite takes any. */
    private static final StaticCredentialsProvider LOCAL_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create(S3Proxy.ACCESS_KEY, S3Proxy.SECRET_KEY));

    static final ObjectMapper JSON = new ObjectMapper();

    /** Where and how to run; {@code dataDir == null} keeps everything in memory (tests). */
    public record Settings(Path root, Path dataDir, int apiPort, int dynamoPort, int s3Port, int sqsPort) {
        Path logDir() {
            return dataDir != null ? dataDir.resolve("logs")
                    : Path.of(System.getProperty("java.io.tmpdir"), "hundred-parks-local-" + ProcessHandle.current().pid());
        }
    }

    /** One delivery of the stream to the matching function: what went in and what came back. */
    public record Delivery(JsonNode event, JsonNode response) {
    }

    private final Settings settings;
    private final LocalAwsStack stack;
    private final Map<String, FunctionProcess> functions = new LinkedHashMap<>();
    private final StreamEventSource streamSource;
    private final WriteTally writes = new WriteTally();
    private final QueueEventSource jobSource;
    private final HttpApiFront front;
    private final LocalTokens tokens;
    private final List<Delivery> deliveries = Collections.synchronizedList(new ArrayList<>());

    private LocalPlatform(Settings settings) {
        this.settings = settings;
        this.tokens = new LocalTokens(settings.root().resolve("local/jwt/private.pem"));
        this.stack = LocalAwsStack.start(new LocalAwsStack.Options(0, settings.dynamoPort(), settings.s3Port(),
                settings.sqsPort(), settings.dataDir(), settings.logDir()));
        try {
            bootstrapStorage(stack);
            Map<String, String> environment = functionEnvironment(stack);
            for (String name : List.of("api", "matching", "jobs", "reminders")) {
                functions.put(name, FunctionProcess.start(name, settings.root(), environment, settings.logDir(), false));
            }
            this.streamSource = new StreamEventSource(this::deliverToMatching, 100, 3,
                    record -> deadLetter("matching-dead-letters.jsonl", record), LocalPlatform::concernsMatching);
            stack.subscribe(streamSource);
            stack.subscribe(writes);
            // the jobs queue's event source mapping: batches of up to 10, three receives, then the dead letters
            this.jobSource = new QueueEventSource(stack.sqs(), LocalAwsStack.JOBS_QUEUE, functions.get("jobs")::invoke, 10, 3,
                    message -> deadLetter("jobs-dead-letters.jsonl", JSON.createObjectNode()
                            .put("messageId", message.messageId()).put("body", message.body())));
            Map<String, HttpHandler> localRoutes = Map.of(
                    "/_local/tokens", this::mintToken,
                    "/_local/wechat/login", this::wechatLogin,
                    "/_local/wechat/messages", this::wechatMessages,
                    "/_local/reminders/run", this::runReminders,
                    "/_local/matching/settled", this::matchingSettled,
                    "/_local/writes", this::writes);
            this.front = HttpApiFront.start(settings.apiPort(), event -> functions.get("api").invoke(event), localRoutes);
            awaitHealthy(Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public static LocalPlatform start(Settings settings) {
        return new LocalPlatform(settings);
    }

    /** What every function is told about the local stack (the rest comes from the {@code local} profile). */
    static Map<String, String> functionEnvironment(LocalAwsStack stack) {
        return Map.of(
                "QUARKUS_DYNAMODB_ENDPOINT_OVERRIDE", stack.dynamoEndpoint(),
                "QUARKUS_S3_ENDPOINT_OVERRIDE", stack.s3Endpoint(),
                "HUNDREDPARKS_JOBS_ENDPOINT_OVERRIDE", stack.sqs().endpoint(),
                "HUNDREDPARKS_JOBS_QUEUE_URL", stack.sqs().queueUrl(LocalAwsStack.JOBS_QUEUE),
                "HUNDREDPARKS_WECHAT_API_BASE_URL", stack.wechat().baseUrl());
    }

    /** A DynamoDB client of the local run's own (its set-up, the harness's warm-up), through the stream relay; close it. */
    static DynamoDbClient dynamoClient(LocalAwsStack stack) {
        return DynamoDbClient.builder().endpointOverride(URI.create(stack.dynamoEndpoint())).region(Region.of(LocalAwsStack.REGION))
                .credentialsProvider(LOCAL_CREDENTIALS).httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** An S3 client of the local run's own, for s3proxy; close it. */
    static S3Client s3Client(LocalAwsStack stack) {
        return S3Client.builder().endpointOverride(URI.create(stack.s3Endpoint())).forcePathStyle(true)
                .region(Region.of(LocalAwsStack.REGION)).credentialsProvider(LOCAL_CREDENTIALS)
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    static void bootstrapStorage(LocalAwsStack stack) {
        Properties shared = sharedConfig();
        try (DynamoDbClient dynamo = dynamoClient(stack); S3Client s3 = s3Client(stack)) {
            TableBootstrap.ensure(dynamo, shared.getProperty("hundredparks.storage.table"), TableDesign.PLATFORM);
            BucketBootstrap.ensure(s3, List.of(shared.getProperty("hundredparks.storage.buckets.uploads"),
                    shared.getProperty("hundredparks.storage.buckets.reports"),
                    shared.getProperty("hundredparks.storage.buckets.derived")));
        }
    }

    /** The functions' own storage settings, so that the local run creates exactly what they use. */
    static Properties sharedConfig() {
        Properties properties = new Properties();
        try (InputStream in = LocalPlatform.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The matching feed's filter criteria (infra's {@code MatchingFeed}): the records {@link ChangeRouter#CONCERNED}. */
    static boolean concernsMatching(ObjectNode record) {
        JsonNode keys = record.path("dynamodb").path("Keys");
        String pk = keys.path(TableDesign.PK).path("S").asText(null);
        String sk = keys.path(TableDesign.SK).path("S").asText(null);
        return ChangeRouter.concerns(pk, sk);
    }

    private String deliverToMatching(String event) {
        String response = functions.get("matching").invoke(event);
        try {
            deliveries.add(new Delivery(JSON.readTree(event), JSON.readTree(response)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response;
    }

    /** Records that kept failing, kept where a developer can read them (the on-failure destination). */
    private void deadLetter(String fileName, ObjectNode record) {
        try {
            Path file = settings.logDir().resolve(fileName);
            Files.createDirectories(file.getParent());
            Files.writeString(file, record.toString() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void mintToken(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = query(exchange);
            String role = query.getOrDefault("role", "UNIVERSITY");
            String token = tokens.mint(role, query.getOrDefault("org", "local-" + role.toLowerCase()),
                    query.getOrDefault("region", "440300"), query.get("domain"), query.get("park"), Duration.ofMinutes(15));
            HttpApiFront.reply(exchange, 200, "application/json",
                    JSON.createObjectNode().put("token", token).put("role", role).toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** What {@code wx.login} gives a mini-program on a phone: a one-time code for a WeChat user (the stand-in's). */
    private void wechatLogin(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = query(exchange);
            String code = stack.wechat().login(query.getOrDefault("openid", "local-openid"), query.get("unionid"));
            HttpApiFront.reply(exchange, 200, "application/json",
                    JSON.createObjectNode().put("code", code).toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * {@code GET /_local/matching/settled?timeout=<seconds>}: waits until the matching function has taken every
     * change written so far (the stream is empty and no batch is in flight); {@code {"settled": false}} on timeout.
     */
    private void matchingSettled(HttpExchange exchange) throws IOException {
        try (exchange) {
            Duration timeout = Duration.ofSeconds(Long.parseLong(query(exchange).getOrDefault("timeout", "60")));
            boolean settled = streamSource.awaitIdle(timeout);
            HttpApiFront.reply(exchange, 200, "application/json",
                    JSON.createObjectNode().put("settled", settled).toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** {@code GET /_local/writes[?reset=true]}: the table's writes by record type since the last reset ({@link WriteTally}). */
    private void writes(HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean reset = Boolean.parseBoolean(query(exchange).getOrDefault("reset", "false"));
            HttpApiFront.reply(exchange, 200, "application/json", JSON.writeValueAsBytes(writes.report(reset)));
        }
    }

    /** The subscription messages the WeChat stand-in took (reminders sent to people who accepted them), oldest first. */
    private void wechatMessages(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpApiFront.reply(exchange, 200, "application/json", JSON.writeValueAsBytes(stack.wechat().messages()));
        }
    }

    /** What EventBridge Scheduler would send now, to the reminders function. */
    private void runReminders(HttpExchange exchange) throws IOException {
        try (exchange) {
            String tick = schedulerTick(query(exchange).getOrDefault("time", Instant.now().toString()));
            replyWith(exchange, () -> functions.get("reminders").invoke(tick));
        }
    }

    /** What EventBridge Scheduler sends the reminders function for a run scheduled at {@code time}. */
    static String schedulerTick(String time) {
        ObjectNode tick = JSON.createObjectNode().put("version", "0").put("id", UUID.randomUUID().toString())
                .put("detail-type", "Scheduled Event").put("source", "aws.scheduler")
                .put("time", time).put("region", LocalAwsStack.REGION);
        tick.putArray("resources").add("arn:aws:scheduler:local:000000000000:schedule/default/reminders-daily");
        tick.putObject("detail").put("attemptNumber", "1");
        return tick.toString();
    }

    private static void replyWith(HttpExchange exchange, java.util.function.Supplier<String> invocation) throws IOException {
        try {
            HttpApiFront.reply(exchange, 200, "application/json", invocation.get().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            HttpApiFront.reply(exchange, 502, "application/json", JSON.createObjectNode().put("error", e.getMessage())
                    .toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> values = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
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

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(apiUrl() + "/health"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
                last = health.statusCode() + " " + health.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException("the API did not become healthy within " + timeout + " (" + last + "); see "
                + functions.get("api").log());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String apiUrl() {
        return "http://localhost:" + front.port();
    }

    /** Every stream batch the matching function received so far, with its response. */
    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    public boolean awaitStreamDelivered(Duration timeout) {
        return streamSource.awaitIdle(timeout);
    }

    /** Waits until the jobs queue is empty and the jobs function has finished what it took. */
    public boolean awaitJobsDone(Duration timeout) {
        return jobSource.awaitIdle(timeout);
    }

    @Override
    public void close() {
        if (front != null) {
            front.close();
        }
        if (streamSource != null) {
            stack.unsubscribe(streamSource);
            streamSource.close();
        }
        if (jobSource != null) {
            jobSource.close();
        }
        functions.values().forEach(FunctionProcess::close);
        stack.close();
    }

    /** What a person sees when the local run is up: where each part listens, and how to get a token. */
    static String banner(double seconds, String api, String dynamo, String s3, Path logs) {
        return """
                Hundred Parks is up in %.1f s.
                  API           %s  (health: %s/health, contract: %s/q/openapi)
                  token         curl -s '%s/_local/tokens?role=UNIVERSITY&org=uni-1&region=440300'  (also &domain=SCIENCE, &park=HTZ-440300-01)
                  wechat        curl -s '%s/_local/wechat/login?openid=o-1'  (a wx.login code for POST /auth/wechat)
                  reminders     curl -s -X POST %s/_local/reminders/run  (WeChat messages sent: %s/_local/wechat/messages)
                  DynamoDB      %s   S3 %s (path-style, key %s / %s)
                  logs          %s
                Ctrl-C stops everything.
                """.formatted(seconds, api, api, api, api, api, api, api, dynamo, s3, S3Proxy.ACCESS_KEY, S3Proxy.SECRET_KEY, logs);
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("hundredparks.root", ".")).toAbsolutePath().normalize();
        Path data = root.resolve(System.getProperty("hundredparks.data", ".local-data"));
        int port = Integer.getInteger("hundredparks.port", 8080);
        long started = System.nanoTime();
        System.out.println("Hundred Parks: starting the local platform (data in " + data + ") ...");
        LocalPlatform platform = LocalPlatform.start(new Settings(root, data, port, 4569, 4570, 4571));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Hundred Parks: stopping ...");
            platform.close();
        }, "stop-local-platform"));
        System.out.print(banner((System.nanoTime() - started) / 1e9, platform.apiUrl(), platform.stack.dynamoEndpoint(),
                platform.stack.s3Endpoint(), platform.settings.logDir()));
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
