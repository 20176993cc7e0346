package org.hundredparks.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hundredparks.imports.Template;
import org.hundredparks.local.aws.HttpApiFront;
import org.hundredparks.local.aws.LocalAwsStack;
import org.hundredparks.local.aws.QueueEventSource;
import org.hundredparks.local.aws.SecretsManagerStandIn;
import org.hundredparks.local.aws.SqsStandIn;
import org.hundredparks.local.aws.WeChatStandIn;
import org.hundredparks.submission.ListType;

/**
 * Start-up of each function, native or JVM, from process start to its first result for a real event:
 * an API Gateway v2 request (API), a DynamoDB Streams batch of a challenge just published through the API
 * (matching), the SQS message of a report just requested through the API (jobs), and the Scheduler's
 * input (reminders). Each function runs alone against the local AWS stack, as Lambda would start it. Used
 * by {@code bench/native-functions.sh}; arguments: {@code jvm|native [repository root] [native libraries]}.
 * {@code -Dhundredparks.startup.javaToolOptions=...} is given to the JVM functions as {@code JAVA_TOOL_OPTIONS} (a
 * class-loading log, a flight recording).
 */
public final class FunctionStartup {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Requests each stand-in answers before any function is timed (their code compiled, as AWS's services are warm). */
    private static final int WARM_UP_ROUNDS = 400;
    /** {@code -Dhundredparks.startup.only=api|matching}: stop after that function's rows (a quick look at one start). */
    private static final String ONLY = System.getProperty("hundredparks.startup.only", "");

    /**
     * One function's start: first result (includes start-up), then the same kind of event again, warm; and where the
     * first result's time went, as the function marked it ({@code platform.ColdStart}).
     */
    record Result(String function, String event, long firstResultMs, long warmResultMs, long peakRssMb, String outcome,
            String breakdown) {
    }

    private final String mode;
    private final Path root;
    private final Path nativeLibraries;
    private final LocalAwsStack stack;
    private final Map<String, String> environment;
    private final Path workDir;
    private final SecretsManagerStandIn secrets;

    private FunctionStartup(String mode, Path root, Path nativeLibraries, LocalAwsStack stack) throws IOException {
        this.mode = mode;
        this.root = root;
        this.nativeLibraries = nativeLibraries;
        this.stack = stack;
        // the WeChat apps from a Secrets Manager secret, as in AWS (the other settings: the local profile)
        this.secrets = SecretsManagerStandIn.start(0);
        String wechatApps = secrets.put("hundred-parks/startup/wechat", JSON.createObjectNode().put("appId", WeChatStandIn.APP_ID)
                .put("appSecret", WeChatStandIn.APP_SECRET).put("webAppId", WeChatStandIn.WEB_APP_ID).put("webAppSecret", WeChatStandIn.WEB_APP_SECRET)
                .toString());
        Map<String, String> environment = new HashMap<>(LocalPlatform.functionEnvironment(stack));
        // the region and keys every function gets: FunctionProcess, as Lambda gives them
        environment.putAll(Map.of("HUNDREDPARKS_WECHAT_SECRET_ID", wechatApps, "AWS_ENDPOINT_URL_SECRETS_MANAGER", secrets.endpoint()));
        String javaToolOptions = System.getProperty("hundredparks.startup.javaToolOptions");
        if (javaToolOptions != null) {
            environment.put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        this.environment = Map.copyOf(environment);
        this.workDir = Files.createTempDirectory("hundred-parks-startup-" + mode);
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "jvm";
        Path root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
        Path libraries = args.length > 2 ? Path.of(args[2]) : null;
        try (LocalAwsStack stack = LocalAwsStack.start(LocalAwsStack.Options.forTests())) {
            LocalPlatform.bootstrapStorage(stack);
            List<Result> results;
            FunctionStartup startup = new FunctionStartup(mode, root, libraries, stack);
            try {
                results = startup.run();
            } catch (Exception | AssertionError failed) {
                failed.printStackTrace();
                System.err.println("the functions' logs: " + startup.workDir);
                System.exit(1); // the stand-ins' threads would keep a failed run alive
                return;
            }
            FunctionProcess.deleteTree(startup.workDir);
            long bare = results.get(0).firstResultMs();
            System.out.println("| function (" + mode + ") | event | start to first result | × bare | next result (warm) | peak RSS | result |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (Result r : results) {
                System.out.printf("| %s | %s | %d ms | %.1f | %d ms | %d MB | %s |%n", r.function(), r.event(), r.firstResultMs(),
                        (double) r.firstResultMs() / Math.max(1, bare), r.warmResultMs(), r.peakRssMb(), r.outcome());
            }
            System.out.println();
            System.out.println("| function (" + mode + ") | first result's phases, ms after the process was started |");
            System.out.println("|---|---|");
            for (Result r : results) {
                System.out.printf("| %s | %s |%n", r.function(), r.breakdown());
            }
        }
        System.exit(0);
    }

    private List<Result> run() throws Exception {
        List<ObjectNode> changes = Collections.synchronizedList(new ArrayList<>());
        stack.subscribe(changes::add);
        LocalTokens tokens = new LocalTokens(root.resolve("local/jwt/private.pem"));
        List<Result> results = new ArrayList<>();
        StandInWarmUp.run(stack, LocalPlatform.sharedConfig().getProperty("hundredparks.storage.table"), HTTP, WARM_UP_ROUNDS);
        // the yardstick first: every other first result is read as a multiple of it
        results.add(measure("bare", "any event (the bare reference)", "{\"ping\": 1}", response -> "answered " + response));

        Map<String, Long> callsBefore = stack.dynamoRequests();
        FunctionProcess api = start("api");
        // timed where every other function is: its answer handed back by the runtime API, not yet through the HTTP
        // front (the local stand-in for API Gateway), whose time the caller's figure adds
        AtomicLong answered = new AtomicLong();
        try (api; HttpApiFront front = HttpApiFront.start(0, event -> {
            String answer = api.invoke(event);
            answered.compareAndSet(0, System.currentTimeMillis());
            return answer;
        }, Map.of())) {
            String base = "http://127.0.0.1:" + front.port();
            HttpResponse<String> first = call(base, "GET", "/typical-cases", null, null);
            if (answered.get() == 0) {
                throw new IllegalStateException("the API answered through the front without its runtime API: " + first.statusCode());
            }
            long firstMs = answered.get() - api.launchedAt();
            String breakdown = api.coldStartPhases() + " · the runtime API has the answer " + firstMs + " · the caller "
                    + (System.currentTimeMillis() - api.launchedAt()) + callsSince(callsBefore);
            long warm = System.nanoTime();
            call(base, "GET", "/typical-cases", null, null);
            results.add(new Result("api", "API Gateway v2 GET /typical-cases", firstMs, millisSince(warm), peakRssMb(api),
                    "HTTP " + first.statusCode(), breakdown));
            if ("api".equals(ONLY)) {
                return results;
            }
            results.add(signIn(base, tokens, api));
            // the mini-program's views and a subscription, as the signed-in person (records the native API must serialise)
            call(base, "POST", "/wechat/subscriptions", person, "{\"answers\": {\"tmpl-local-reminder\": \"accept\"}}");
            String views = call(base, "GET", "/me", person, null).statusCode() + "/"
                    + call(base, "GET", "/cards?list=ACHIEVEMENT&mine=true", person, null).statusCode() + "/"
                    + call(base, "GET", "/me/feed", person, null).statusCode();
            if (!"200/200/200".equals(views)) {
                throw new IllegalStateException("the mini-program's views answered " + views);
            }
            // a cooperation the person opened, quiet since May: the reminders' tick below reminds them by WeChat
            String cooperation = read(call(base, "POST", "/cooperations", person, QUIET_COOPERATION).body()).get("id").asText();
            call(base, "POST", "/cooperations/" + cooperation + "/confirm", tokens.mint("ENTERPRISE", "ent-startup", "440300",
                    Duration.ofMinutes(15)), null);

            // Real events for the other functions, made by the API as in production.
            String enterprise = tokens.mint("ENTERPRISE", "ent-startup", "440300", Duration.ofMinutes(15));
            String industry = tokens.mint("MINISTRY", "miit", null, "INDUSTRY", null, Duration.ofMinutes(15));
            String ministry = tokens.mint("MINISTRY", "most", null, "SCIENCE", null, Duration.ofMinutes(15));
            String challenge = JSON.readTree(call(base, "POST", "/challenges", enterprise, CHALLENGE.formatted(USCC)).body()).get("id").asText();
            call(base, "POST", "/challenges/" + challenge + "/submit", enterprise, null);
            call(base, "POST", "/challenges/" + challenge + "/publish", industry, null);
            String report = JSON.readTree(call(base, "POST", "/reports", ministry, "{\"phase\": \"MIDTERM\", \"scope\": \"NATION\"}")
                    .body()).get("id").asText();

            ObjectNode batch = JSON.createObjectNode();
            synchronized (changes) {
                batch.putArray("Records").addAll(changes);
            }
            results.add(measure("matching", "DynamoDB Streams batch of " + batch.get("Records").size() + " records",
                    batch.toString(), response -> response.path("batchItemFailures").isEmpty() ? "no failed records" : "FAILED " + response));
            // what a cold start meets once the platform runs: the snapshot the first container wrote, in S3
            results.add(measure("matching", "the same batch in a new container, the first one's index snapshot in S3",
                    batch.toString(), response -> response.path("batchItemFailures").isEmpty() ? "no failed records" : "FAILED " + response));
            if ("matching".equals(ONLY)) {
                return results;
            }

            SqsStandIn.Message job = stack.sqs().take(LocalAwsStack.JOBS_QUEUE, Duration.ofSeconds(10));
            ObjectNode jobs = JSON.createObjectNode();
            jobs.putArray("Records").add(QueueEventSource.record(LocalAwsStack.JOBS_QUEUE, job, 1));
            results.add(measure("jobs", "SQS message: national mid-term report", jobs.toString(), response -> {
                JsonNode view = read(call(base, "GET", "/reports/" + report, ministry, null).body());
                return response.path("batchItemFailures").isEmpty() ? "report " + view.at("/report/status").asText() : "FAILED " + response;
            }));

            // an .xlsx import: the jobs function reads it with POI's event reader, which the native build must carry
            String university = tokens.mint("UNIVERSITY", "uni-startup", "440300", Duration.ofMinutes(15));
            JsonNode upload = read(call(base, "POST", "/imports/uploads", university,
                    "{\"listType\": \"ACHIEVEMENT\", \"fileName\": \"成果清单.xlsx\"}").body());
            HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(upload.get("uploadUrl").asText()))
                    .header("Content-Type", upload.get("contentType").asText())
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(achievementsWorkbook(3))).build(), HttpResponse.BodyHandlers.ofString());
            if (put.statusCode() != 200) {
                throw new IllegalStateException("the upload answered " + put.statusCode() + ": " + put.body());
            }
            String imported = read(call(base, "POST", "/imports", university, "{\"listType\": \"ACHIEVEMENT\", \"uploadId\": \""
                    + upload.get("uploadId").asText() + "\"}").body()).get("id").asText();
            SqsStandIn.Message importJob = stack.sqs().take(LocalAwsStack.JOBS_QUEUE, Duration.ofSeconds(10));
            ObjectNode imports = JSON.createObjectNode();
            imports.putArray("Records").add(QueueEventSource.record(LocalAwsStack.JOBS_QUEUE, importJob, 1));
            results.add(measure("jobs", "SQS message: .xlsx import of 3 rows", imports.toString(), response -> {
                JsonNode progress = read(call(base, "GET", "/imports/" + imported, university, null).body());
                return response.path("batchItemFailures").isEmpty() && "COMPLETED".equals(progress.path("status").asText())
                        ? "import COMPLETED, " + progress.path("created").asInt() + " created" : "FAILED " + response + " " + progress;
            }));

            // the programme's calendar: the day before the action plans were due, when every province is reminded
            String tick = JSON.createObjectNode().put("time", "2024-07-29T18:00:00Z").toString();
            int messages = stack.wechat().messages().size();
            results.add(measure("reminders", "Scheduler input {\"time\": ...}", tick,
                    response -> response.has("created") ? response.get("created") + " reminders created, "
                            + (stack.wechat().messages().size() - messages) + " WeChat message sent" : "FAILED " + response));
        }
        return results;
    }

    /**
     * A person's whole sign-in through the API function (the WeChat apps read from the Secrets Manager stand-in, the
     * WeChat stand-in called, the token signed with a JOSE library): a colleague's invitation, a fresh openid's binding
     * ticket, the binding, an API call with the token the platform issued, a refresh, the JWKS. What a JVM test cannot
     * show: that it all works in the native executable.
     */
    /** The person signed in by {@link #signIn}: their access token. */
    private String person;

    /** Opened on 2 May 2024: due a progress update on 1 July, reminded weekly after, the 29th day after on 30 July. */
    private static final String QUIET_COOPERATION = """
            {"name": "'百园百校万企'创新合作行动——启动计时合作", "kind": "JOINT_PROJECT", "regionCode": "440305",
             "parkId": "HTZ-440300-01", "partyOrganisationIds": ["uni-startup", "ent-startup"], "startedOn": "2024-05-02"}""";

    private Result signIn(String base, LocalTokens tokens, FunctionProcess api) throws Exception {
        String colleague = tokens.mint("UNIVERSITY", "uni-startup", "440300", Duration.ofMinutes(15));
        long started = System.nanoTime();
        String invitation = read(call(base, "POST", "/organisations/uni-startup/invitations", colleague, "{}").body()).get("code").asText();
        String ticket = read(call(base, "POST", "/auth/wechat", null, "{\"code\": \"" + stack.wechat().login("o-startup", "u-startup") + "\"}")
                .body()).get("bindingTicket").asText();
        JsonNode session = read(call(base, "POST", "/auth/wechat/bind", null,
                "{\"bindingTicket\": \"" + ticket + "\", \"invitationCode\": \"" + invitation + "\"}").body());
        long bound = millisSince(started);
        long warm = System.nanoTime();
        call(base, "POST", "/auth/wechat", null, "{\"code\": \"" + stack.wechat().login("o-startup", "u-startup") + "\"}");
        long signedIn = millisSince(warm);
        person = session.get("accessToken").asText();
        call(base, "GET", "/reminders", person, null);
        call(base, "POST", "/auth/refresh", null, "{\"refreshToken\": \"" + session.get("refreshToken").asText() + "\"}");
        int keys = read(call(base, "GET", "/.well-known/jwks.json", null, null).body()).get("keys").size();
        return new Result("api", "sign-in: invitation, WeChat code, bind (first); a bound person's sign-in (warm)", bound, signedIn,
                peakRssMb(api), "token accepted, refreshed, " + keys + " key in the JWKS", "(warm process)");
    }

    private interface Outcome {
        String of(JsonNode response) throws Exception;
    }

    /** The first result is timed from the process's launch: unpacking the package is Lambda's, not the function's. */
    private Result measure(String function, String description, String event, Outcome outcome) throws Exception {
        Map<String, Long> callsBefore = stack.dynamoRequests();
        try (FunctionProcess process = start(function)) {
            String response = process.invoke(event);
            long firstMs = System.currentTimeMillis() - process.launchedAt();
            String breakdown = ("bare".equals(function) ? "(no platform code: nothing marked)" : process.coldStartPhases())
                    + " · the caller has the answer " + firstMs + callsSince(callsBefore);
            long warm = System.nanoTime();
            process.invoke(event); // the same event again: a retried delivery, answered warm
            return new Result(function, description, firstMs, millisSince(warm), peakRssMb(process), outcome.of(read(response)),
                    breakdown);
        }
    }

    /** Matching runs on the JVM in every stage (its embedding model needs ONNX Runtime's JNI library), so here too. */
    private FunctionProcess start(String function) {
        return "native".equals(mode) && !"matching".equals(function)
                ? FunctionProcess.startNative(function, root, environment, workDir, nativeLibraries, true)
                : FunctionProcess.start(function, root, environment, workDir, true);
    }

    /** The DynamoDB calls made since {@code before}, by operation: how much storage work a first result held. */
    private String callsSince(Map<String, Long> before) {
        StringBuilder calls = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, Long> operation : stack.dynamoRequests().entrySet()) {
            long made = operation.getValue() - before.getOrDefault(operation.getKey(), 0L);
            if (made > 0) {
                calls.append(calls.isEmpty() ? "" : ", ").append(operation.getKey()).append(' ').append(made);
                total += made;
            }
        }
        return " · DynamoDB calls " + total + (total > 0 ? " (" + calls + ")" : "");
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** The process's peak resident memory (VmHWM), as Lambda's "Max Memory Used" counts it. */
    private static long peakRssMb(FunctionProcess process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: no figure
        }
        return -1;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    /** An achievements workbook as a university fills in the template: its headers, then {@code rows} rows. */
    private static byte[] achievementsWorkbook(int rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("成果转化清单");
            List<String> headers = Template.of(ListType.ACHIEVEMENT).headers();
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 1; r <= rows; r++) {
                String[] cells = ("XLSX-" + r + ",锂电池回收技术" + r + ",湿法冶金回收锂钴镍,新能源,锂电；回收,6,许可、合作开发,300000,深圳大学,440305,,张老师,"
                        + "13812345678,").split(",", -1);
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static HttpResponse<String> call(String base, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static final String USCC = "91440300MA5F00001" + org.hundredparks.validation.Uscc.checkCharacter("91440300MA5F00001");
    private static final String CHALLENGE = """
            {"title": "钠离子电池层状氧化物正极量产", "problem": "钠电正极材料循环寿命不足，需要层状氧化物正极包覆改性技术",
             "indicators": "循环3000次容量保持率80%%", "deadline": "2027-06-30", "ipOwnership": "双方共有", "budgetYuan": 2000000,
             "bidderRequirements": "具备中试线", "enterpriseName": "深圳某储能有限公司", "enterpriseUscc": "%s",
             "industryCode": "C38", "technologyField": "新能源", "requiredTrl": 6, "regionCode": "440305",
             "contact": {"name": "李工", "mobile": "13900001111"}}""";
}
