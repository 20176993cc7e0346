package org.hundredparks.local.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends requests generated from the contract to a running API and checks every answer against it: no 5xx and no
 * dropped connection, every error {@code application/problem+json} fitting the Problem schema, every success a
 * status the operation declares with a body fitting its schema. Operations are taken in turn (each as often as the
 * others), each request valid or with one thing broken (its body, a parameter, a header, the whole payload), under a
 * token of any role, a forged one or none. Ids seen in answers are used in later paths, so requests reach records.
 */
public final class ContractFuzzer {

    /** Told about each exchange; returns why it fails, or null (the build's test checks that refusals write nothing). */
    public interface Observer {
        default void before() {
        }

        default String after(Exchange exchange) {
            return null;
        }

        /** A request got no answer in time: the moment to look at what the server is doing, if the observer can. */
        default void noAnswer(String described) {
        }
    }

    public record Exchange(String operation, String method, String uri, String tokenName, String body, int status, String contentType,
            String response) {
    }

    public record Failure(String operation, String why, String request, int status, String response) {
        @Override
        public String toString() {
            return operation + " → " + status + ": " + why + "\n  request: " + cut(request, 400) + "\n  answer: " + cut(response, 400);
        }
    }

    public static final class Report {
        private final Map<Integer, Integer> byStatus = new TreeMap<>();
        private final Map<String, Integer> byOperation = new TreeMap<>();
        private final List<Failure> failures = new ArrayList<>();
        private int sent;
        private long nanos;

        public int sent() {
            return sent;
        }

        public List<Failure> failures() {
            return failures;
        }

        public Map<Integer, Integer> byStatus() {
            return byStatus;
        }

        public Map<String, Integer> byOperation() {
            return byOperation;
        }

        public long count(String why) {
            return failures.stream().filter(f -> f.why().startsWith(why)).count();
        }

        public String summary() {
            StringJoiner statuses = new StringJoiner(", ");
            byStatus.forEach((status, n) -> statuses.add(status + ": " + n));
            return "requests " + sent + " over " + byOperation.size() + " operations in " + nanos / 1_000_000_000 + " s; statuses "
                    + statuses + "; server errors " + count("server error") + ", dropped " + count("dropped")
                    + ", errors not problem+json " + count("not problem+json") + ", schema mismatches " + count("schema")
                    + ", undeclared statuses " + count("status not in the contract") + ", other failures "
                    + (failures.size() - count("server error") - count("dropped") - count("not problem+json") - count("schema")
                            - count("status not in the contract"));
        }
    }

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);
    private static final int GIVE_UP_AFTER = 3;
    private static final boolean TRACE = Boolean.getBoolean("hundredparks.fuzz.trace");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> RAW_BODIES = List.of("", "{", "[]", "null", "\"text\"", "{\"a\":", "[".repeat(5000) + "]".repeat(5000),
            "{\"x\":\"" + "y".repeat(1_100_000) + "\"}", "\u0000", "<xml/>");

    private final Contract contract;
    private final URI base;
    private final Map<String, String> tokens;
    private final Map<String, List<String>> known;
    private final Random random;
    private final Values values;
    private final Conformance conformance;
    private final Observer observer;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * {@code tokens}: bearer tokens by a name for the report (a role); a null token sends none. {@code known}: values
     * for properties and parameters of that name (park ids, region codes); ids seen in answers are added.
     */
    public ContractFuzzer(Contract contract, URI base, Map<String, String> tokens, Map<String, List<String>> known, long seed,
            Observer observer) {
        this.contract = contract;
        this.base = base;
        this.tokens = new LinkedHashMap<>(tokens);
        this.known = new LinkedHashMap<>();
        known.forEach((name, list) -> this.known.put(name, new ArrayList<>(list)));
        this.random = new Random(seed);
        this.values = new Values(random, contract, this.known);
        this.conformance = new Conformance(contract);
        this.observer = observer;
    }

    public Report run(int requests) {
        Report report = new Report();
        long start = System.nanoTime();
        List<Contract.Operation> order = new ArrayList<>(contract.operations());
        int dropped = 0;
        for (int i = 0; i < requests; i++) {
            if (i % order.size() == 0) {
                Collections.shuffle(order, random);
            }
            int failures = report.failures.size();
            send(order.get(i % order.size()), report);
            boolean drop = report.failures.size() > failures && report.failures.get(failures).why().startsWith("dropped");
            dropped = drop ? dropped + 1 : 0;
            if (dropped == GIVE_UP_AFTER) {
                // an API that no longer answers would hold a build for hours at a timeout a request
                report.failures.add(new Failure("(all)", "stopped: " + GIVE_UP_AFTER + " requests in a row got no answer; the first of them is "
                        + "reported above", "", 0, ""));
                break;
            }
        }
        report.nanos = System.nanoTime() - start;
        return report;
    }

    private void send(Contract.Operation operation, Report report) {
        List<String> tokenNames = new ArrayList<>(tokens.keySet());
        String tokenName = tokenNames.get(random.nextInt(tokenNames.size()));
        // what this request breaks, if anything
        String broken = random.nextInt(5) < 2 ? "nothing" : List.of("body", "parameter", "header", "payload").get(random.nextInt(4));

        StringBuilder path = new StringBuilder(operation.path());
        StringJoiner query = new StringJoiner("&");
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(ANSWER_WITHIN);
        List<Contract.Parameter> parameters = operation.parameters();
        Contract.Parameter spoiled = parameters.isEmpty() || !broken.equals("parameter") ? null : parameters.get(random.nextInt(parameters.size()));
        for (Contract.Parameter parameter : parameters) {
            String value = parameter == spoiled ? spoiled(parameter) : parameterValue(parameter);
            if (value == null) {
                continue;
            }
            switch (parameter.in()) {
                case "path" -> {
                    int at = path.indexOf("{" + parameter.name() + "}");
                    path.replace(at, at + parameter.name().length() + 2, encode(value));
                }
                case "query" -> query.add(encode(parameter.name()) + "=" + encode(value));
                case "header" -> {
                    String safe = value.replaceAll("[^\\x20-\\x7e]", "?");
                    request.header(parameter.name(), safe.isBlank() ? "x" : safe);
                }
                default -> {
                }
            }
        }
        if (broken.equals("header")) {
            request.header(random.nextBoolean() ? "Idempotency-Key" : "If-Match", "k".repeat(random.nextBoolean() ? 300 : 0) + "\"\\");
        }
        String token = tokens.get(tokenName);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }

        String body = null;
        String contentType = operation.bodyType();
        if (operation.bodyType() != null || broken.equals("payload")) {
            if (broken.equals("payload")) {
                body = RAW_BODIES.get(random.nextInt(RAW_BODIES.size()));
                contentType = random.nextInt(4) == 0 ? "text/plain" : operation.bodyType() == null ? "application/json" : operation.bodyType();
            } else {
                JsonNode json = broken.equals("body") ? values.hostile(operation.bodySchema()) : values.valid(operation.bodySchema(), "", 0);
                body = "application/x-www-form-urlencoded".equals(contentType) ? form(json) : json.toString();
            }
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        String uri = base + path.toString() + (query.length() > 0 ? "?" + query : "");
        try {
            request.uri(URI.create(uri)).method(operation.method(),
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException unsendable) {
            return; // a URI the client itself will not send; nothing reached the API
        }
        report.sent++;
        report.byOperation.merge(operation.name(), 1, Integer::sum);
        String described = operation.method() + " " + uri + " as " + tokenName + (body == null ? "" : " with " + body);
        observer.before();
        HttpResponse<String> response;
        if (TRACE) {
            System.out.println("fuzz " + report.sent + ": " + cut(described, 300));
        }
        // the client's own timeout does not cover every way an exchange can stall (a body still being sent to a
        // server that has answered): wait for the answer with a deadline of our own
        var pending = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            response = pending.get(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            pending.cancel(true);
            observer.noAnswer(described);
            report.failures.add(new Failure(operation.name(), "dropped: " + (e.getCause() == null ? e : e.getCause()), described, 0, ""));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int status = response.statusCode();
        report.byStatus.merge(status, 1, Integer::sum);
        String responseType = response.headers().firstValue("Content-Type").orElse("");
        String why = check(operation, status, responseType, response.body());
        if (why == null) {
            why = observer.after(new Exchange(operation.name(), operation.method(), uri, tokenName, body, status, responseType, response.body()));
        }
        if (why != null) {
            report.failures.add(new Failure(operation.name(), why, described, status, response.body()));
        }
    }

    private String check(Contract.Operation operation, int status, String contentType, String body) {
        if (status >= 500) {
            return "server error";
        }
        if (status >= 400) {
            if (!contentType.startsWith("application/problem+json")) {
                return "not problem+json (" + contentType + ")";
            }
            return fits(body, MAPPER.createObjectNode().put("$ref", "#/components/schemas/Problem"), "schema: the problem");
        }
        JsonNode declared = operation.responses().get(String.valueOf(status));
        if (declared == null) {
            declared = operation.responses().getOrDefault(status / 100 + "XX", operation.responses().get("default"));
        }
        if (declared == null) {
            return "status not in the contract (" + operation.responses().keySet() + ")";
        }
        JsonNode schema = declared.path("content").path("application/json").path("schema");
        if (!schema.isMissingNode() && contentType.startsWith("application/json")) {
            return fits(body, schema, "schema");
        }
        return null;
    }

    private String fits(String body, JsonNode schema, String what) {
        JsonNode json;
        try {
            json = MAPPER.readTree(body);
        } catch (IOException e) {
            return what + ": not JSON";
        }
        if (json == null) {
            return what + ": empty body";
        }
        learn(json, "", 0);
        List<String> mismatches = conformance.mismatches(json, schema);
        return mismatches.isEmpty() ? null : what + ": " + String.join("; ", mismatches.subList(0, Math.min(5, mismatches.size())));
    }

    /** Ids in answers become path values of later requests. */
    private void learn(JsonNode json, String name, int depth) {
        if (depth > 6) {
            return;
        }
        if (json.isTextual() && (name.equals("id") || name.endsWith("Id")) && json.asText().length() < 100) {
            List<String> ids = known.computeIfAbsent(name.equals("id") ? "id" : name, k -> new ArrayList<>());
            if (ids.size() < 200 && !ids.contains(json.asText())) {
                ids.add(json.asText());
            }
        }
        if (json.isObject()) {
            json.fields().forEachRemaining(field -> learn(field.getValue(), field.getKey(), depth + 1));
        } else if (json.isArray()) {
            for (int i = 0; i < Math.min(json.size(), 20); i++) {
                learn(json.get(i), name, depth + 1);
            }
        }
    }

    private String parameterValue(Contract.Parameter parameter) {
        if (!parameter.required() && random.nextBoolean()) {
            return null;
        }
        if (parameter.in().equals("path") && !contract.resolve(parameter.schema()).has("enum")) {
            List<String> ids = known.getOrDefault(parameter.name(), known.get("id"));
            List<String> pool = ids == null || ids.isEmpty() || random.nextInt(5) == 0 ? known.getOrDefault("id", List.of()) : ids;
            return pool.isEmpty() || random.nextInt(6) == 0 ? "nothing-" + random.nextInt(1000) : pool.get(random.nextInt(pool.size()));
        }
        if (parameter.name().equals("Idempotency-Key")) {
            return UUID.randomUUID().toString();
        }
        JsonNode value = values.valid(parameter.schema(), parameter.name(), 0);
        return value.isTextual() ? value.asText() : value.toString();
    }

    private String spoiled(Contract.Parameter parameter) {
        return switch (random.nextInt(6)) {
            case 0 -> "abc";
            case 1 -> "-1";
            case 2 -> "99999999999999999999";
            case 3 -> "EVIL";
            case 4 -> "";
            default -> {
                // no longer than a URL or header the front accepts (API Gateway refuses longer ones itself)
                String odd = values.odd().asText();
                yield encode(odd).length() > 3000 ? odd.substring(0, 200) : odd;
            }
        };
    }

    private static String form(JsonNode json) {
        StringJoiner form = new StringJoiner("&");
        if (json instanceof ObjectNode object) {
            object.fields().forEachRemaining(f -> form.add(encode(f.getKey()) + "=" + encode(f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString())));
        }
        return form.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " characters)";
    }
}
