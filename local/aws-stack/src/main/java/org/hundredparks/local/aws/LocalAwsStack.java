package org.hundredparks.local.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;

/**
 * DynamoDB (with a stream relay in front) and S3 on loopback: the emulators by default, LocalStack
 * through Testcontainers when asked for with {@code -Dstorage=localstack} (or
 * {@code HUNDREDPARKS_STORAGE=localstack}) and Docker is there. Stream records go to whoever subscribed.
 * SQS is a protocol stand-in in both cases ({@link SqsStandIn}).
 */
public final class LocalAwsStack implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalAwsStack.class);
    public static final String REGION = "cn-north-1";
    /** A pinned tag, so that a LocalStack run today and next year test the same thing. */
    public static final String LOCALSTACK_IMAGE = "localstack/localstack:4.4.0";

    /** The background-jobs queue (imports, reports), named as in the functions' shared configuration. */
    public static final String JOBS_QUEUE = "hundred-parks-jobs";

    private static LocalAwsStack shared;

    private final AutoCloseable dynamo;
    private final AutoCloseable s3;
    private final StreamRelay relay;
    private final SqsStandIn sqs;
    private final WeChatStandIn wechat;
    private final String s3Endpoint;
    private final String backend;
    private final CopyOnWriteArrayList<Consumer<ObjectNode>> subscribers = new CopyOnWriteArrayList<>();

    private LocalAwsStack(String backend, AutoCloseable dynamo, String dynamoEndpoint, AutoCloseable s3, String s3Endpoint,
            int relayPort, int sqsPort) {
        this.backend = backend;
        this.sqs = SqsStandIn.start(sqsPort);
        this.wechat = WeChatStandIn.start(0);
        this.dynamo = dynamo;
        this.s3 = s3;
        this.s3Endpoint = s3Endpoint;
        this.relay = StreamRelay.start(relayPort, dynamoEndpoint, REGION, record -> subscribers.forEach(s -> s.accept(record)),
                () -> !subscribers.isEmpty());
    }

    /** Settings of one start: fixed ports (0 for any free one) and a data folder (null: in memory). */
    public record Options(int dynamoPort, int relayPort, int s3Port, int sqsPort, Path dataDir, Path logDir) {
        public static Options forTests() {
            return new Options(0, 0, 0, 0, null, Path.of(System.getProperty("java.io.tmpdir"), "hundred-parks-emulators"));
        }
    }

    public static LocalAwsStack start(Options options) {
        String wanted = System.getProperty("hundredparks.aws-stack",
                System.getenv().getOrDefault("HUNDREDPARKS_STORAGE", "emulators"));
        if ("localstack".equalsIgnoreCase(wanted)) {
            if (dockerAvailable()) {
                return startLocalStack(options);
            }
            LOG.warn("storage=localstack was asked for, but no Docker engine answers here: using the emulators "
                    + "(dynalite + s3proxy) instead");
        }
        Path data = options.dataDir();
        Dynalite dynalite = Dynalite.start(options.dynamoPort(), data == null ? null : data.resolve("dynamodb"), options.logDir());
        S3Proxy s3proxy = S3Proxy.start(options.s3Port(), data == null ? null : data.resolve("s3"), options.logDir());
        return new LocalAwsStack("emulators", dynalite, dynalite.endpoint(), s3proxy, s3proxy.endpoint(), options.relayPort(),
                options.sqsPort());
    }

    private static LocalAwsStack startLocalStack(Options options) {
        var container = new org.testcontainers.localstack.LocalStackContainer(
                org.testcontainers.utility.DockerImageName.parse(LOCALSTACK_IMAGE))
                .withServices("dynamodb", "s3");
        container.start();
        String endpoint = container.getEndpoint().toString();
        return new LocalAwsStack("localstack", container::stop, endpoint, () -> { }, endpoint, options.relayPort(),
                options.sqsPort());
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** One stack per JVM for the tests, stopped when the JVM ends. */
    public static synchronized LocalAwsStack shared() {
        if (shared == null) {
            shared = start(Options.forTests());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "stop-local-aws-stack"));
        }
        return shared;
    }

    /** Receives every stream record the relay publishes from now on. */
    public void subscribe(Consumer<ObjectNode> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<ObjectNode> subscriber) {
        subscribers.remove(subscriber);
    }

    /** The DynamoDB requests clients have made so far, by operation (what a function's work cost the table). */
    public Map<String, Long> dynamoRequests() {
        return relay.requests();
    }

    /** The DynamoDB endpoint clients use: the relay, so that their writes reach the stream. */
    public String dynamoEndpoint() {
        return relay.endpoint();
    }

    public String s3Endpoint() {
        return s3Endpoint;
    }

    /** SQS: the stand-in in both modes (the platform only sends; consumers take from it directly). */
    public SqsStandIn sqs() {
        return sqs;
    }

    /** WeChat's server API: not AWS, but an outside service the platform calls, stood in for the same way. */
    public WeChatStandIn wechat() {
        return wechat;
    }

    public String backend() {
        return backend;
    }

    /** The Quarkus configuration that points the platform's AWS clients at this stack. */
    public Map<String, String> quarkusConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.dynamodb.endpoint-override", dynamoEndpoint());
        config.put("quarkus.s3.endpoint-override", s3Endpoint());
        config.put("hundredparks.jobs.endpoint-override", sqs.endpoint());
        config.put("hundredparks.jobs.queue-url", sqs.queueUrl(JOBS_QUEUE));
        config.put("hundredparks.wechat.api-base-url", wechat.baseUrl());
        return config;
    }

    @Override
    public void close() {
        relay.close();
        sqs.close();
        wechat.close();
        for (AutoCloseable service : new AutoCloseable[] {dynamo, s3}) {
            try {
                service.close();
            } catch (Exception e) {
                LOG.warn("could not stop " + service, e);
            }
        }
    }
}
