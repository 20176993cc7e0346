package org.hundredparks.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.hundredparks.local.aws.AwsEventShapes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local run as a developer gets it: the packaged functions behind the local runtime API, the
 * HTTP front, the stream relay. Every request here goes through HTTP on loopback.
 */
class LocalPlatformTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("hundredparks.root", "../..")).toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;
    private static LocalPlatform platform;

    @BeforeAll
    static void start() {
        platform = LocalPlatform.start(new LocalPlatform.Settings(ROOT, data, 0, 0, 0));
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    private static JsonNode call(LocalPlatform on, String method, String path, String token, String body, int expectedStatus)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(on.apiUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), method + " " + path + ": " + response.body());
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    private static String token(LocalPlatform on, String role, String org, String region) throws Exception {
        return call(on, "GET", "/_local/tokens?role=" + role + "&org=" + org + "&region=" + region, null, null, 200)
                .get("token").asText();
    }

    private static final String DRAFT = """
            {"title": "8英寸碳化硅衬底加工技术", "summary": "面向功率器件的200mm SiC 衬底切磨抛工艺",
             "technologyField": "新一代信息技术", "trl": 6, "cooperationModes": ["LICENSE"], "universityName": "深圳大学",
             "regionCode": "440305", "contact": {"name": "张老师", "mobile": "13812345678"}}""";

    @Test
    void aWriteThroughTheApiReachesTheMatchingFunctionAsAnAwsStreamRecord() throws Exception {
        String token = token(platform, "UNIVERSITY", "uni-sz", "440300");
        JsonNode created = call(platform, "POST", "/achievements", token, DRAFT, 201);
        String pk = "ITEM#" + created.get("id").asText();

        assertTrue(platform.awaitStreamDelivered(Duration.ofSeconds(30)));
        LocalPlatform.Delivery delivery = platform.deliveries().stream()
                .filter(d -> d.event().toString().contains(pk)).findFirst()
                .orElseThrow(() -> new AssertionError("no stream batch carried " + pk));

        JsonNode record = null;
        for (JsonNode r : delivery.event().get("Records")) {
            if (r.at("/dynamodb/Keys/pk/S").asText().equals(pk)) {
                record = r;
            }
        }
        assertEquals("INSERT", record.get("eventName").asText());
        assertEquals("8英寸碳化硅衬底加工技术", record.at("/dynamodb/NewImage/title/S").asText());
        assertEquals("6", record.at("/dynamodb/NewImage/fields/M/trl/N").asText());
        JsonNode awsInsert = AwsEventShapes.sample("dynamodb-stream.json").get("Records").get(0);
        assertEquals(List.of(), AwsEventShapes.differences(awsInsert, record, Set.of()));
        assertEquals(0, delivery.response().get("batchItemFailures").size(), "the matching function took the record");
    }

    @Test
    void noLambdaArtifactCarriesTheLocalStandIns() throws Exception {
        for (String function : List.of("api", "matching", "reports", "reminders")) {
            Path zip = ROOT.resolve("functions/" + function + "/target/function.zip");
            try (java.util.zip.ZipFile artifact = new java.util.zip.ZipFile(zip.toFile())) {
                List<String> local = artifact.stream().map(java.util.zip.ZipEntry::getName)
                        .filter(name -> name.contains("local-aws-stack") || name.contains("org/hundredparks/local/")
                                || name.contains("local-run") || name.contains("runtime-interface-client"))
                        .toList();
                assertEquals(List.of(), local, function + "'s function.zip carries local-only code");
                assertTrue(artifact.size() > 10, function + "'s function.zip is empty");
            }
        }
    }

    @Test
    void remindersAndReportsCanBeRunByHand() throws Exception {
        JsonNode run = call(platform, "POST", "/_local/reminders/run?time=2024-12-17T00:00:00Z", null, null, 200);
        assertEquals("2024-12-17T00:00:00Z", run.get("runAt").asText());
        JsonNode job = call(platform, "POST", "/_local/reports/jobs", null, "{\"phase\":\"MIDTERM\",\"scope\":\"NATION\"}", 200);
        assertEquals(0, job.get("batchItemFailures").size());
    }

    @Test
    void dataSurvivesARestart(@TempDir Path ownData) throws Exception {
        String id;
        try (LocalPlatform first = LocalPlatform.start(new LocalPlatform.Settings(ROOT, ownData, 0, 0, 0))) {
            id = call(first, "POST", "/achievements", token(first, "UNIVERSITY", "uni-gz", "440100"),
                    DRAFT.replace("440305", "440106"), 201).get("id").asText();
        }
        assertTrue(Files.isDirectory(ownData.resolve("dynamodb")));
        try (LocalPlatform second = LocalPlatform.start(new LocalPlatform.Settings(ROOT, ownData, 0, 0, 0))) {
            JsonNode read = call(second, "GET", "/achievements/" + id, token(second, "UNIVERSITY", "uni-gz", "440100"), null, 200);
            assertEquals("8英寸碳化硅衬底加工技术", read.at("/fields/title").asText());
        }
    }
}
