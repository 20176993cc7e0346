package org.hundredparks.infra;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.constructs.Construct;

/**
 * What a deployment replaces: the four functions, the HTTP API, the change feed, the jobs queue, the reminder
 * schedule and the alarms. Each function is given exactly the table actions and bucket prefixes its code uses.
 */
public class AppStack extends Stack {

    private static final Duration JOBS_TIMEOUT = Duration.minutes(5);

    private final Map<String, PlatformFunction> functions = new LinkedHashMap<>();
    private final PlatformApi api;
    static final int JOBS_CONCURRENCY = 5;
    /** The change feed's batches per shard are handled one at a time; a few shards at once is all the table's stream needs. */
    static final int MATCHING_CONCURRENCY = 10;
    private final JobsQueue jobs;
    private final MatchingFeed feed;
    private final ReminderSchedule reminders;
    private final Monitoring monitoring;
    private final TokenSigningKey signingKey;
    private final SearchSnapshotSchedule searchSnapshots;

    public AppStack(Construct scope, String id, StackProps props, Stage stage, DataStack data, ApiContract contract) {
        super(scope, id, props);
        ITable table = data.table().table();
        PlatformBuckets buckets = data.buckets();
        jobs = new JobsQueue(this, "Jobs", JOBS_TIMEOUT);

        Map<String, String> storage = Map.of(
                "HUNDREDPARKS_STORAGE_TABLE", table.getTableName(),
                "HUNDREDPARKS_STORAGE_BUCKETS_UPLOADS", buckets.uploads().getBucketName(),
                "HUNDREDPARKS_STORAGE_BUCKETS_REPORTS", buckets.reports().getBucketName(),
                "HUNDREDPARKS_STORAGE_BUCKETS_DERIVED", buckets.derived().getBucketName());

        signingKey = new TokenSigningKey(this, "TokenSigning", stage);
        WeChatAppsSecret wechat = new WeChatAppsSecret(this, "WeChat", stage);
        // reserved: a flood of requests takes at most this many instances, and never the ones the feed, jobs and reminders need
        // the reminder template: the API lists it to the mini-program and counts its acceptances, the reminders function sends it
        Map<String, String> messages = stage.reminderTemplateId() == null ? Map.of()
                : Map.of("HUNDREDPARKS_WECHAT_SUBSCRIPTION_REMINDER_TEMPLATE_ID", stage.reminderTemplateId());
        PlatformFunction apiFunction = function(stage, "api", 1024, Duration.seconds(29), stage.apiConcurrency(), with(with(with(with(storage, Map.of(
                "HUNDREDPARKS_JOBS_QUEUE_URL", jobs.queue().getQueueUrl(),
                "HUNDREDPARKS_JWT_ISSUER", stage.jwtIssuer(),
                "HUNDREDPARKS_JWT_AUDIENCE", String.join(",", stage.jwtAudience()),
                "HUNDREDPARKS_JWT_JWKS_URL", stage.jwksUrl())), signingKey.environment()), wechat.environment()), messages));
        signingKey.grantTo(apiFunction.function());
        wechat.grantTo(apiFunction.function());
        apiFunction.allowTable(table, "GetItem", "BatchGetItem", "Query", "PutItem", "UpdateItem", "DeleteItem");
        apiFunction.allowObjects(buckets.uploads(), "uploads/", "PutObject", "GetObject");
        apiFunction.allowObjects(buckets.reports(), "reports/", "GetObject");
        apiFunction.allowObjects(buckets.derived(), "search/", "GetObject"); // the search index's snapshot, at a cold start
        jobs.queue().grantSendMessages(apiFunction.function());

        // Always the JVM: the embedding model runs in ONNX Runtime through JNI, which the native build does not carry.
        // The package carries the model's libraries unpacked (core's EmbeddingFiles); whatever else DJL caches goes
        // under DJL_CACHE_DIR, and only /tmp is writable in Lambda.
        PlatformFunction matching = function(stage, "matching", 2048, Duration.seconds(60), reserved(stage, MATCHING_CONCURRENCY),
                with(storage, Map.of("DJL_CACHE_DIR", "/tmp/djl")), Stage.FunctionMode.JVM);
        matching.allowTable(table, "GetItem", "BatchGetItem", "Query", "PutItem", "UpdateItem", "DeleteItem");
        matching.allowObjects(buckets.derived(), "matching/", "GetObject", "PutObject");
        feed = new MatchingFeed(this, "MatchingFeed", table, matching);

        PlatformFunction jobsFunction = function(stage, "jobs", 1536, JOBS_TIMEOUT, reserved(stage, JOBS_CONCURRENCY), storage);
        jobsFunction.allowTable(table, "GetItem", "BatchGetItem", "Query", "PutItem", "UpdateItem"); // imports and reports delete nothing
        jobsFunction.allowObjects(buckets.uploads(), "uploads/", "GetObject");
        jobsFunction.allowObjects(buckets.reports(), "reports/", "GetObject", "PutObject");
        jobsFunction.allowObjects(buckets.derived(), "search/", "GetObject", "PutObject");
        searchSnapshots = new SearchSnapshotSchedule(this, "SearchSnapshots", jobs.queue());
        // One job per invocation: an import of thousands of rows may use most of the timeout by itself.
        // At most JOBS_CONCURRENCY at once: a burst of imports queues instead of taking the table's capacity from the API.
        jobsFunction.live().addEventSource(new SqsEventSource(jobs.queue(), SqsEventSourceProps.builder()
                .batchSize(1).reportBatchItemFailures(true).maxConcurrency(JOBS_CONCURRENCY).build()));

        // the reminders go out as WeChat subscription messages too, with the mini-program's app (the same secret as sign-in)
        PlatformFunction reminderFunction = function(stage, "reminders", 512, Duration.minutes(2), reserved(stage, 1),
                with(with(storage, wechat.environment()), messages));
        wechat.grantTo(reminderFunction.function());
        // UpdateItem: a delivery claimed on its reminder, an acceptance used, the shared access token's lease
        reminderFunction.allowTable(table, "GetItem", "Query", "PutItem", "UpdateItem");
        reminders = new ReminderSchedule(this, "Reminders", reminderFunction.live());

        api = new PlatformApi(this, "Api", stage, contract, apiFunction.live());
        monitoring = new Monitoring(this, "Monitoring", stage, functions, api.api(), jobs.queue(), Map.of(
                "jobs", jobs.deadLetters(), "matching", feed.deadLetters(), "reminders", reminders.deadLetters()));

        CfnOutput.Builder.create(this, "ApiUrl").value(api.url(stage)).build();
        // where the operator sends the founding message (README, Sign-in)
        CfnOutput.Builder.create(this, "JobsQueueUrl").value(jobs.queue().getQueueUrl()).build();
    }

    private PlatformFunction function(Stage stage, String name, int memoryMb, Duration timeout, Integer reservedConcurrency,
            Map<String, String> environment) {
        return function(stage, name, memoryMb, timeout, reservedConcurrency, environment, null);
    }

    private PlatformFunction function(Stage stage, String name, int memoryMb, Duration timeout, Integer reservedConcurrency,
            Map<String, String> environment, Stage.FunctionMode mode) {
        PlatformFunction function = new PlatformFunction(this, capitalised(name) + "Function", stage,
                new PlatformFunction.Spec(name, memoryMb, timeout, environment, mode, reservedConcurrency));
        functions.put(name, function);
        return function;
    }

    /** No reservations at all on a stage that reserves none for the API (an account with a small concurrency pool). */
    private static Integer reserved(Stage stage, int instances) {
        return stage.apiConcurrency() == null ? null : instances;
    }

    private static Map<String, String> with(Map<String, String> base, Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(base);
        all.putAll(more);
        return all;
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public Map<String, PlatformFunction> functions() {
        return functions;
    }

    public PlatformApi api() {
        return api;
    }

    public JobsQueue jobs() {
        return jobs;
    }

    public MatchingFeed feed() {
        return feed;
    }

    public ReminderSchedule reminders() {
        return reminders;
    }

    public TokenSigningKey signingKey() {
        return signingKey;
    }

    public Monitoring monitoring() {
        return monitoring;
    }
}
