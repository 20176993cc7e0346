package org.hundredparks.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The app stack's resources, as the infrastructure issue lists them, for the shapes a stage can take. */
@SuppressWarnings("unchecked")
class AppStackTest {

    private static final Template NATIVE = Synth.of().app();

    @Test
    void nativeOnArm64ByDefaultExceptMatchingTracedOutsideChina() {
        NATIVE.resourceCountIs("AWS::Lambda::Function", 4);
        // three native functions; matching runs its embedding model on the JVM in every stage
        Map<String, Map<String, Object>> byName = new java.util.TreeMap<>();
        properties(NATIVE, "AWS::Lambda::Function").forEach(p -> byName.put(
                String.valueOf(p.get("Description")).replaceAll("Hundred Parks (\\w+) .*", "$1"), p));
        assertEquals(Set.of("api", "matching", "jobs", "reminders"), byName.keySet());
        for (String name : List.of("api", "jobs", "reminders")) {
            Map<String, Object> p = byName.get(name);
            assertEquals("provided.al2023", p.get("Runtime"), name);
            assertEquals("bootstrap", p.get("Handler"), name);
            assertFalse(p.containsKey("SnapStart"), name);
            assertEquals("true", variables(p).get("DISABLE_SIGNAL_HANDLERS"), name);
        }
        Map<String, Object> matching = byName.get("matching");
        assertEquals("java21", matching.get("Runtime"));
        assertEquals(PlatformFunction.JVM_HANDLER, matching.get("Handler"));
        assertEquals(Map.of("ApplyOn", "PublishedVersions"), matching.get("SnapStart"));
        assertEquals("/tmp/djl", variables(matching).get("DJL_CACHE_DIR"));
        NATIVE.allResourcesProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Architectures", List.of("arm64"),
                "TracingConfig", Map.of("Mode", "Active"))));
        assertEquals(Map.of("api", 1024, "matching", 2048, "jobs", 1536, "reminders", 512), memoryByFunction(NATIVE));
        NATIVE.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Description", Match.stringLikeRegexp(".*api.*"), "Timeout", 29,
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "HUNDREDPARKS_JWT_ISSUER", "https://auth.example.org",
                        "HUNDREDPARKS_JWT_AUDIENCE", "hundred-parks,mini-program",
                        "HUNDREDPARKS_JOBS_QUEUE_URL", Match.anyValue(),
                        "HUNDREDPARKS_STORAGE_TABLE", Match.anyValue()))))));
    }

    /**
     * A flood of requests takes at most the API's reserved instances and never those the feed, jobs and reminders
     * need; the heavy routes and sign-in have limits of their own below the stage's; a stage without reservations
     * (a small account) has none.
     */
    @Test
    void functionsReserveTheirConcurrencyAndHeavyRoutesHaveTheirOwnThrottles() {
        Map<String, Object> reserved = new java.util.TreeMap<>();
        properties(NATIVE, "AWS::Lambda::Function").forEach(p -> reserved.put(
                String.valueOf(p.get("Description")).replaceAll("Hundred Parks (\\w+) .*", "$1"), p.get("ReservedConcurrentExecutions")));
        assertEquals(Map.of("api", 100, "matching", AppStack.MATCHING_CONCURRENCY, "jobs", AppStack.JOBS_CONCURRENCY, "reminders", 1), reserved);
        Map<String, Object> stage = properties(NATIVE, "AWS::ApiGatewayV2::Stage").get(0);
        Map<String, Map<String, Object>> routes = (Map<String, Map<String, Object>>) stage.get("RouteSettings");
        for (String heavy : List.of("POST /imports", "POST /imports/uploads", "POST /reports", "GET /statistics")) {
            assertEquals(PlatformApi.HEAVY_RATE_LIMIT, routes.get(heavy).get("ThrottlingRateLimit"), heavy);
        }
        Map<String, Object> defaults = (Map<String, Object>) stage.get("DefaultRouteSettings");
        assertEquals(200.0, ((Number) defaults.get("ThrottlingRateLimit")).doubleValue());
        assertTrue(routes.values().stream().allMatch(r -> ((Number) r.get("ThrottlingRateLimit")).doubleValue() < 200), routes.toString());

        // each route the settings name exists, and CloudFormation creates it before the stage that names it
        Map<String, Object> resources = (Map<String, Object>) NATIVE.toJSON().get("Resources");
        Map<String, String> routeIds = new java.util.HashMap<>();
        List<Object> stageDependsOn = new ArrayList<>();
        resources.forEach((id, resource) -> {
            Map<String, Object> r = (Map<String, Object>) resource;
            if ("AWS::ApiGatewayV2::Route".equals(r.get("Type"))) {
                routeIds.put(String.valueOf(((Map<String, Object>) r.get("Properties")).get("RouteKey")), id);
            } else if ("AWS::ApiGatewayV2::Stage".equals(r.get("Type")) && r.get("DependsOn") != null) {
                stageDependsOn.addAll((List<Object>) r.get("DependsOn"));
            }
        });
        for (String key : routes.keySet()) {
            assertTrue(routeIds.containsKey(key), key + " is a route of the API");
            assertTrue(stageDependsOn.contains(routeIds.get(key)), "the stage waits for " + key);
        }

        Template small = Synth.of("apiConcurrency", "0").app();
        properties(small, "AWS::Lambda::Function").forEach(p -> assertFalse(p.containsKey("ReservedConcurrentExecutions"), p.toString()));
    }

    @Test
    void jvmModeRunsJava21WithSnapStartBehindThePublishedAlias() {
        Template jvm = Synth.of("mode", "jvm", "architecture", "x86_64").app();
        jvm.allResourcesProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Runtime", "java21",
                "Handler", PlatformFunction.JVM_HANDLER,
                "Architectures", List.of("x86_64"),
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"))));
        jvm.resourceCountIs("AWS::Lambda::Alias", 4);
        jvm.allResourcesProperties("AWS::Lambda::Alias", Match.objectLike(Map.of("Name", "live")));
        // Event sources, the schedule and the API call the alias (a SnapStart version), never $LATEST.
        for (Map<String, Object> mapping : properties(jvm, "AWS::Lambda::EventSourceMapping")) {
            assertTrue(String.valueOf(mapping.get("FunctionName")).contains(":live"), mapping.toString());
        }
        for (Map<String, Object> integration : properties(jvm, "AWS::ApiGatewayV2::Integration")) {
            assertTrue(String.valueOf(integration.get("IntegrationUri")).contains("Live"), integration.toString());
        }
    }

    @Test
    void eachFunctionIsGrantedOnlyTheTableActionsAndBucketPrefixesItsCodeUses() {
        Map<String, List<Map<String, Object>>> statements = statementsByFunction(NATIVE);
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem"),
                actions(statements.get("reminders"), "dynamodb:"), "no deletes: deliveries and acceptances are updates");
        // The matching function alone also reads the change stream (granted by its event source).
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem",
                "dynamodb:DeleteItem",
                "dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"),
                actions(statements.get("matching"), "dynamodb:"));
        assertEquals(Set.of(), actions(statements.get("api"), "dynamodb:GetRecords"));
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem"),
                actions(statements.get("jobs"), "dynamodb:"), "imports and reports delete nothing");
        assertEquals(Set.of(), actions(statements.get("reminders"), "s3:"));
        assertEquals(Set.of("s3:GetObject", "s3:PutObject", "s3:ListBucket"), actions(statements.get("matching"), "s3:"));
        assertTrue(actions(statements.get("api"), "sqs:").contains("sqs:SendMessage"));
        // Matching sends only to its own dead letters (Lambda does, with the function's role, on a failed record).
        statements.get("matching").stream().filter(st -> asList(st.get("Action")).contains("sqs:SendMessage"))
                .forEach(st -> assertTrue(st.get("Resource").toString().contains("MatchingFeedDeadLetters"), st.toString()));
        assertEquals(Set.of(), actions(statements.get("reminders"), "sqs:"));

        statements.forEach((function, list) -> {
            for (Map<String, Object> statement : list) {
                for (String action : asList(statement.get("Action"))) {
                    assertFalse(action.endsWith(":*"), function + " is granted " + action);
                    if (action.startsWith("s3:") && !action.equals("s3:ListBucket")) {
                        String resource = String.valueOf(statement.get("Resource"));
                        assertTrue(resource.matches(".*/(uploads|reports|matching|search)/\\*.*"), function + " gets " + action + " on " + resource);
                    }
                    if (action.equals("s3:ListBucket")) {
                        assertTrue(String.valueOf(statement.get("Condition")).contains("s3:prefix"), function + " lists a whole bucket");
                    }
                }
            }
        });
        String matchingS3 = statements.get("matching").stream().filter(s -> asList(s.get("Action")).contains("s3:PutObject"))
                .map(Object::toString).findFirst().orElseThrow();
        assertTrue(matchingS3.contains("/matching/*") && matchingS3.contains("Derived"), matchingS3);
        // the search snapshot: written by the jobs function, only read by the API
        String jobsS3 = statements.get("jobs").stream().filter(s -> asList(s.get("Action")).contains("s3:PutObject"))
                .map(Object::toString).filter(s -> s.contains("Derived")).findFirst().orElseThrow();
        assertTrue(jobsS3.contains("/search/*"), jobsS3);
        String apiDerived = statements.get("api").stream().filter(s -> s.toString().contains("Derived"))
                .map(Object::toString).findFirst().orElseThrow();
        assertTrue(apiDerived.contains("/search/*") && !apiDerived.contains("s3:PutObject"), apiDerived);
    }

    @Test
    void theSearchSnapshotIsAJobQueuedEveryTenMinutes() {
        NATIVE.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "rate(10 minutes)",
                "Target", Match.objectLike(Map.of(
                        "Arn", Map.of("Fn::GetAtt", List.of(logicalId(NATIVE, "AWS::SQS::Queue", "JobsQueue"), "Arn")),
                        "Input", Match.serializedJson(Match.objectEquals(Map.of("kind", "SEARCH_SNAPSHOT", "id", "<aws.scheduler.scheduled-time>"))))))));
    }

    @Test
    void theChangeStreamFeedsMatchingInPartialBatchesWithBisectRetriesAndDeadLetters() {
        NATIVE.hasResourceProperties("AWS::Lambda::EventSourceMapping", Match.objectLike(Map.of(
                "EventSourceArn", Match.objectLike(Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*StreamArn.*"))),
                "StartingPosition", "TRIM_HORIZON",
                "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                "BisectBatchOnFunctionError", true,
                "MaximumRetryAttempts", MatchingFeed.RETRY_ATTEMPTS,
                "DestinationConfig", Map.of("OnFailure", Map.of("Destination",
                        Map.of("Fn::GetAtt", List.of(logicalId(NATIVE, "AWS::SQS::Queue", "MatchingFeedDeadLetters"), "Arn")))),
                // list items and enterprise profiles only: the lists matching writes must not wake it again
                "FilterCriteria", Map.of("Filters", List.of(keysPattern("ITEM#", "ITEM"), keysPattern("ENTERPRISE#", "PROFILE"))))));
    }

    private static Map<String, Object> keysPattern(String partitionPrefix, String sortKey) {
        return Map.of("Pattern", Match.serializedJson(Match.objectEquals(Map.of("dynamodb", Map.of("Keys", Map.of(
                "pk", Map.of("S", List.of(Map.of("prefix", partitionPrefix))), "sk", Map.of("S", List.of(sortKey))))))));
    }

    @Test
    void reportJobsAreQueuedWithDeadLettersAfterThreeReceivesAndConsumedOneByOne() {
        String deadLetters = logicalId(NATIVE, "AWS::SQS::Queue", "JobsDeadLetters");
        NATIVE.hasResourceProperties("AWS::SQS::Queue", Match.objectLike(Map.of(
                "RedrivePolicy", Map.of("deadLetterTargetArn", Map.of("Fn::GetAtt", List.of(deadLetters, "Arn")),
                        "maxReceiveCount", JobsQueue.MAX_RECEIVES),
                "VisibilityTimeout", 1800,
                "SqsManagedSseEnabled", true)));
        NATIVE.hasResourceProperties("AWS::Lambda::EventSourceMapping", Match.objectLike(Map.of(
                "EventSourceArn", Map.of("Fn::GetAtt", List.of(logicalId(NATIVE, "AWS::SQS::Queue", "JobsQueue"), "Arn")),
                "BatchSize", 1,
                "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                "ScalingConfig", Map.of("MaximumConcurrency", AppStack.JOBS_CONCURRENCY))));
    }

    @Test
    void remindersRunDailyAtEightChinaTimeWithTheScheduledTimeRetriesAndDeadLetters() {
        NATIVE.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(0 8 * * ? *)",
                "ScheduleExpressionTimezone", "Asia/Shanghai",
                "Target", Match.objectLike(Map.of(
                        "Input", "{\"time\":\"<aws.scheduler.scheduled-time>\"}",
                        "RetryPolicy", Map.of("MaximumEventAgeInSeconds", 21600, "MaximumRetryAttempts", 3),
                        "DeadLetterConfig", Map.of("Arn", Map.of("Fn::GetAtt",
                                List.of(logicalId(NATIVE, "AWS::SQS::Queue", "RemindersDeadLetters"), "Arn"))))))));
    }

    @Test
    void alarmsCoverErrorsThrottlesServerErrorsDeadLettersAndWaitingJobsAndNotifyAnEncryptedTopic() {
        List<Map<String, Object>> alarms = properties(NATIVE, "AWS::CloudWatch::Alarm");
        Set<String> watched = new TreeSet<>();
        for (Map<String, Object> alarm : alarms) {
            watched.add(alarm.get("Namespace") + "/" + alarm.get("MetricName"));
            assertFalse(asList(alarm.get("AlarmActions")).isEmpty(), alarm.toString());
        }
        assertEquals(Set.of("AWS/Lambda/Errors", "AWS/Lambda/Throttles", "AWS/ApiGateway/5xx",
                "AWS/SQS/ApproximateNumberOfMessagesVisible", "AWS/SQS/ApproximateAgeOfOldestMessage"), watched);
        assertEquals(4 * 2 + 1 + 3 + 1, alarms.size());
        NATIVE.hasResourceProperties("AWS::SNS::Topic", Match.objectLike(Map.of("KmsMasterKeyId", Match.anyValue())));
        NATIVE.hasResourceProperties("AWS::KMS::Key", Match.objectLike(Map.of("EnableKeyRotation", true)));
        NATIVE.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
    }

    @Test
    void chinaRegionsUseTheirPartitionNoXRayAndOnlyTheFiledDomain() {
        Synth china = Synth.of("stage", "prod", "region", "cn-north-1", "domainName", "api.hundred-parks.cn",
                "certificateArn", "arn:aws-cn:acm:cn-north-1:123456789012:certificate/abc");
        Template app = china.app();
        assertTrue(properties(app, "AWS::Lambda::Function").stream().noneMatch(p -> p.containsKey("TracingConfig")));
        app.hasResourceProperties("AWS::ApiGatewayV2::Api", Match.objectLike(Map.of("DisableExecuteApiEndpoint", true)));
        app.hasResourceProperties("AWS::ApiGatewayV2::DomainName", Match.objectLike(Map.of("DomainName", "api.hundred-parks.cn")));
        app.resourceCountIs("AWS::ApiGatewayV2::ApiMapping", 1);
        for (Template template : List.of(app, china.data())) {
            String json = template.toJSON().toString();
            assertFalse(json.contains("arn:aws:"), "a global-partition ARN in a China template");
        }

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> Synth.of("region", "cn-northwest-1"));
        assertTrue(missing.getMessage().contains("ICP"), missing.getMessage());
    }

    // --- reading the template

    static List<Map<String, Object>> properties(Template template, String type) {
        List<Map<String, Object>> all = new ArrayList<>();
        template.findResources(type).values().forEach(r -> all.add((Map<String, Object>) ((Map<String, Object>) r).get("Properties")));
        return all;
    }

    private static String logicalId(Template template, String type, String prefix) {
        return template.findResources(type).keySet().stream().filter(id -> id.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " named " + prefix + "*"));
    }

    private static Map<String, Integer> memoryByFunction(Template template) {
        Map<String, Integer> memory = new java.util.TreeMap<>();
        template.findResources("AWS::Lambda::Function").forEach((id, resource) -> memory.put(functionName(id),
                ((Number) ((Map<String, Object>) ((Map<String, Object>) resource).get("Properties")).get("MemorySize")).intValue()));
        return memory;
    }

    /** "ApiFunctionFunction1234" → "api": the construct ids are the function names, capitalised. */
    private static String functionName(String logicalId) {
        for (String name : List.of("api", "matching", "jobs", "reminders")) {
            if (logicalId.toLowerCase().startsWith(name + "function")) {
                return name;
            }
        }
        throw new AssertionError("not a platform function: " + logicalId);
    }

    private static Map<String, List<Map<String, Object>>> statementsByFunction(Template template) {
        Map<String, List<Map<String, Object>>> byFunction = new java.util.TreeMap<>();
        template.findResources("AWS::IAM::Policy").forEach((id, resource) -> {
            Map<String, Object> props = (Map<String, Object>) ((Map<String, Object>) resource).get("Properties");
            String role = String.valueOf(((List<Object>) props.get("Roles")).get(0));
            if (!role.contains("FunctionServiceRole")) {
                return;
            }
            String function = functionName(role.substring(role.indexOf("Ref=") + 4));
            List<Map<String, Object>> statements = (List<Map<String, Object>>) ((Map<String, Object>) props.get("PolicyDocument")).get("Statement");
            byFunction.computeIfAbsent(function, f -> new ArrayList<>()).addAll(statements);
        });
        assertEquals(Set.of("api", "matching", "jobs", "reminders"), byFunction.keySet());
        return byFunction;
    }

    private static Map<String, Object> variables(Map<String, Object> functionProperties) {
        return (Map<String, Object>) ((Map<String, Object>) functionProperties.get("Environment")).get("Variables");
    }

    private static Set<String> actions(List<Map<String, Object>> statements, String prefix) {
        Set<String> actions = new TreeSet<>();
        statements.forEach(s -> asList(s.get("Action")).stream().filter(a -> a.startsWith(prefix)).forEach(actions::add));
        return actions;
    }

    private static List<String> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
    }
}
