package org.hundredparks.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * One of the four functions, from its module's {@code function.zip}: native on provided.al2023, or the JVM
 * (Java 21) with SnapStart, as the stage says. Callers and event sources use the {@link #live()} alias, which
 * points at the version published with this deployment (SnapStart snapshots published versions only).
 * Permissions are granted one table action and one bucket prefix at a time, never the managed "full" grants.
 */
public class PlatformFunction extends Construct {

    /** Quarkus's entry point for both the HTTP and the typed handlers in JVM mode. */
    static final String JVM_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";

    /**
     * @param mode                null for the stage's mode; JVM for a function that cannot run native
     * @param reservedConcurrency how many instances at most, and kept for it alone (null: share the account's pool)
     */
    public record Spec(String name, int memoryMb, Duration timeout, Map<String, String> environment, Stage.FunctionMode mode,
            Integer reservedConcurrency) {

        public Spec(String name, int memoryMb, Duration timeout, Map<String, String> environment) {
            this(name, memoryMb, timeout, environment, null, null);
        }
    }

    private final Function function;
    private final Alias live;

    public PlatformFunction(Construct scope, String id, Stage stage, Spec spec) {
        super(scope, id);
        Stage.FunctionMode mode = spec.mode() != null ? spec.mode() : stage.mode();
        boolean jvm = mode == Stage.FunctionMode.JVM;
        Map<String, String> environment = new LinkedHashMap<>(spec.environment());
        if (!jvm) {
            // Quarkus's advice for native Lambda: the runtime, not the executable, handles signals.
            environment.put("DISABLE_SIGNAL_HANDLERS", "true");
        }
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .retention(stage.production() ? RetentionDays.SIX_MONTHS : RetentionDays.ONE_MONTH)
                .removalPolicy(stage.production() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .build();
        function = Function.Builder.create(this, "Function")
                .description("Hundred Parks " + spec.name() + " (" + stage.name() + ", " + mode.name().toLowerCase() + ")")
                .runtime(jvm ? Runtime.JAVA_21 : Runtime.PROVIDED_AL2023)
                .handler(jvm ? JVM_HANDLER : "bootstrap")
                .code(Code.fromAsset(stage.functionZip(spec.name(), mode).toString()))
                .architecture(stage.architecture())
                .memorySize(spec.memoryMb())
                .reservedConcurrentExecutions(spec.reservedConcurrency())
                .timeout(spec.timeout())
                .environment(environment)
                .tracing(stage.tracing() ? Tracing.ACTIVE : Tracing.DISABLED)
                .snapStart(jvm ? SnapStartConf.ON_PUBLISHED_VERSIONS : null)
                .logGroup(logs)
                .build();
        live = Alias.Builder.create(this, "Live").aliasName("live").version(function.getCurrentVersion()).build();

        Nag.suppress(function, "AwsSolutions-IAM4",
                "AWSLambdaBasicExecutionRole only lets the function write its own CloudWatch logs.",
                List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"));
        if (stage.tracing()) {
            Nag.suppress(function, "AwsSolutions-IAM5",
                    "X-Ray's PutTraceSegments and PutTelemetryRecords have no resource-level permissions.",
                    List.of("Resource::*"));
        }
        if (jvm) {
            Nag.suppress(function, "AwsSolutions-L1",
                    "JVM mode is built and tested for Java 21 (with SnapStart); the native mode runs on provided.al2023.");
        }
    }

    /** Lets the function use these table actions on the table and its indexes (queries run on the indexes). */
    public void allowTable(ITable table, String... actions) {
        function.addToRolePolicy(PolicyStatement.Builder.create().effect(Effect.ALLOW)
                .actions(List.of(actions).stream().map(a -> "dynamodb:" + a).toList())
                .resources(List.of(table.getTableArn(), table.getTableArn() + "/index/*"))
                .build());
        Nag.suppressWildcardEndingWith(function, "/index/*",
                "Queries run on the table's own indexes: index/* names this table's indexes only.");
    }

    /** Lets the function use these object actions under one key prefix of a bucket (and list that prefix only). */
    public void allowObjects(IBucket bucket, String prefix, String... actions) {
        function.addToRolePolicy(PolicyStatement.Builder.create().effect(Effect.ALLOW)
                .actions(List.of(actions).stream().map(a -> "s3:" + a).toList())
                .resources(List.of(bucket.arnForObjects(prefix + "*")))
                .build());
        Nag.suppressWildcardEndingWith(function, "/" + prefix + "*",
                "Objects are granted by key prefix: the function owns every object under " + prefix + ".");
        // Without ListBucket a missing key answers 403, not 404, and "not there yet" looks like an error.
        function.addToRolePolicy(PolicyStatement.Builder.create().effect(Effect.ALLOW)
                .actions(List.of("s3:ListBucket"))
                .resources(List.of(bucket.getBucketArn()))
                .conditions(Map.of("StringLike", Map.of("s3:prefix", List.of(prefix + "*"))))
                .build());
    }

    public Function function() {
        return function;
    }

    public Alias live() {
        return live;
    }
}
