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
        platform = LocalPlatform.start(new LocalPlatform.Settings(ROOT, data, 0, 0, 0, 0));
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

    /** A development token registers the organisation it names on first use: an enterprise with a park, as its member. */
    @Test
    void aDevelopmentTokensOrganisationIsRegisteredAsClaimed() throws Exception {
        String enterprise = call(platform, "GET", "/_local/tokens?role=ENTERPRISE&org=ent-local&region=440305&park=HTZ-440300-01", null, null,
                200).get("token").asText();
        JsonNode registered = call(platform, "GET", "/organisations/ent-local", enterprise, null, 200);
        assertEquals("ENTERPRISE", registered.get("kind").asText());
        assertEquals("HTZ-440300-01", registered.get("parkId").asText());
        assertEquals("development", registered.get("createdBy").asText());
    }

    /** Matches of an item, once the stream has reached the matching function and it has written them. */
    private static JsonNode matchesOf(String path, String token) throws Exception {
        assertTrue(platform.awaitStreamDelivered(Duration.ofSeconds(30)), "the stream was not delivered");
        return call(platform, "GET", path + "/matches", token, null, 200).get("matches");
    }

    private static String publish(String list, String owner, String body, String publisher) throws Exception {
        String id = call(platform, "POST", "/" + list, owner, body, 201).get("id").asText();
        call(platform, "POST", "/" + list + "/" + id + "/submit", owner, null, 200);
        call(platform, "POST", "/" + list + "/" + id + "/publish", publisher, null, 200);
        return id;
    }

    @Test
    void publishingMakesMatchesReadableAndWithdrawingTakesThemAway() throws Exception {
        String university = token(platform, "UNIVERSITY", "uni-match", "440300");
        String enterprise = token(platform, "ENTERPRISE", "ent-match", "440300");
        String science = call(platform, "GET", "/_local/tokens?role=MINISTRY&org=most&domain=SCIENCE", null, null, 200).get("token").asText();
        String industry = call(platform, "GET", "/_local/tokens?role=MINISTRY&org=miit&domain=INDUSTRY", null, null, 200).get("token").asText();
        String uscc = "91440300MA5F00001" + org.hundredparks.validation.Uscc.checkCharacter("91440300MA5F00001");

        String challenge = publish("challenges", enterprise, """
                {"title": "钠离子电池层状氧化物正极量产", "problem": "钠电正极材料循环寿命不足，需要层状氧化物正极包覆改性技术",
                 "indicators": "循环3000次容量保持率80%%", "deadline": "2027-06-30", "ipOwnership": "双方共有", "budgetYuan": 2000000,
                 "bidderRequirements": "具备中试线", "enterpriseName": "深圳某储能有限公司", "enterpriseUscc": "%s",
                 "industryCode": "C38", "technologyField": "新能源", "requiredTrl": 6, "regionCode": "440305",
                 "contact": {"name": "李工", "mobile": "13900001111"}}""".formatted(uscc), industry);
        assertEquals(0, matchesOf("/challenges/" + challenge, enterprise).size(), "nothing published fits yet");

        String achievement = publish("achievements", university, """
                {"title": "钠离子电池层状氧化物正极材料包覆改性", "summary": "层状氧化物正极表面包覆，循环寿命提升，已完成中试",
                 "technologyField": "新能源", "trl": 7, "cooperationModes": ["LICENSE"], "askingPriceYuan": 1500000,
                 "universityName": "深圳大学", "regionCode": "440305", "contact": {"name": "张老师", "mobile": "13812345678"}}""",
                science);
        JsonNode matches = matchesOf("/challenges/" + challenge, enterprise);
        assertEquals(achievement, matches.get(0).get("candidateId").asText(), matches.toString());
        assertTrue(matches.get(0).get("explanation").asText().startsWith("共同技术要点："), matches.toString());
        assertTrue(matches.get(0).get("reasons").toString().contains("成熟度满足要求"), matches.toString());
        assertEquals(challenge, matchesOf("/achievements/" + achievement, university).get(0).get("candidateId").asText());

        call(platform, "POST", "/achievements/" + achievement + "/withdraw", university, null, 200);
        assertEquals(0, matchesOf("/challenges/" + challenge, enterprise).size(), "withdrawn: gone from the list");
    }

    @Test
    void aNationalReportIsRequestedPolledAndDownloaded() throws Exception {
        String ministry = call(platform, "GET", "/_local/tokens?role=MINISTRY&org=most&domain=SCIENCE", null, null, 200).get("token").asText();
        JsonNode queued = call(platform, "POST", "/reports", ministry, "{\"phase\": \"MIDTERM\", \"scope\": \"NATION\"}", 202);
        assertTrue(platform.awaitJobsDone(Duration.ofSeconds(60)), "the jobs queue was not worked off");
        JsonNode view = call(platform, "GET", "/reports/" + queued.get("id").asText(), ministry, null, 200);
        assertEquals("READY", view.at("/report/status").asText(), view.toString());
        for (String format : List.of("xlsx", "docx")) {
            HttpResponse<byte[]> file = HTTP.send(HttpRequest.newBuilder(URI.create(view.at("/downloads/" + format).asText())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, file.statusCode(), format);
            assertEquals('P', (char) file.body()[0], format + " is a zip (OOXML)");
            assertEquals('K', (char) file.body()[1], format + " is a zip (OOXML)");
        }
    }

    @Test
    void noLambdaArtifactCarriesTheLocalStandIns() throws Exception {
        for (String function : List.of("api", "matching", "jobs", "reminders")) {
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
    void aSpreadsheetImportsThroughTheApiAndItsReRunWritesNothing() throws Exception {
        String token = token(platform, "UNIVERSITY", "uni-import", "440300");
        HttpResponse<String> template = HTTP.send(HttpRequest.newBuilder(URI.create(platform.apiUrl()
                + "/imports/templates/ACHIEVEMENT?format=csv")).build(), HttpResponse.BodyHandlers.ofString());
        StringBuilder csv = new StringBuilder(template.body().replace("\uFEFF", "").strip()).append('\n');
        for (int i = 1; i <= 200; i++) {
            String trl = i == 17 ? "12" : Integer.toString(1 + i % 9);
            csv.append("EXT-").append(i).append(",成果").append(i).append(",简介,新能源,锂电,").append(trl)
                    .append(",转让,100000,深圳大学,440305,,张老师,13812345678,\n");
        }
        JsonNode upload = call(platform, "POST", "/imports/uploads", token, "{\"listType\": \"ACHIEVEMENT\", \"fileName\": \"成果.csv\"}", 200);
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(upload.get("uploadUrl").asText()))
                .header("Content-Type", upload.get("contentType").asText())
                .PUT(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, put.statusCode(), put.body());

        String start = "{\"listType\": \"ACHIEVEMENT\", \"uploadId\": \"" + upload.get("uploadId").asText() + "\"}";
        JsonNode queued = call(platform, "POST", "/imports", token, start, 202);
        assertEquals("QUEUED", queued.get("status").asText(), "the API queues the import and answers at once");
        JsonNode job = awaitImport(queued.get("id").asText(), token);
        assertEquals("COMPLETED", job.get("status").asText());
        assertEquals(199, job.get("created").asInt());
        assertEquals(1, job.get("rejected").asInt());
        JsonNode error = job.get("errors").get(0);
        assertEquals(18, error.get("row").asInt(), "the header is row 1");
        assertEquals("技术就绪度", error.get("column").asText());
        assertEquals("OUT_OF_RANGE", error.get("code").asText());
        assertEquals(200, call(platform, "GET", "/imports/" + job.get("id").asText(), token, null, 200).get("processedRows").asInt());
        call(platform, "GET", "/imports/" + job.get("id").asText(), token(platform, "UNIVERSITY", "uni-other", "440300"), null, 404);

        // the same rows uploaded again: nothing written twice
        JsonNode again = call(platform, "POST", "/imports/uploads", token, "{\"listType\": \"ACHIEVEMENT\", \"fileName\": \"再传.csv\"}", 200);
        HTTP.send(HttpRequest.newBuilder(URI.create(again.get("uploadUrl").asText())).header("Content-Type", "text/csv")
                .PUT(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode rerun = awaitImport(call(platform, "POST", "/imports", token,
                "{\"listType\": \"ACHIEVEMENT\", \"uploadId\": \"" + again.get("uploadId").asText() + "\"}", 202).get("id").asText(), token);
        assertEquals(0, rerun.get("created").asInt());
        assertEquals(199, rerun.get("unchanged").asInt());
    }

    /** The import as the jobs function left it, once the jobs queue has been worked off. */
    private JsonNode awaitImport(String id, String token) throws Exception {
        assertTrue(platform.awaitJobsDone(Duration.ofSeconds(60)), "the jobs queue was not worked off");
        return call(platform, "GET", "/imports/" + id, token, null, 200);
    }

    @Test
    void remindersCanBeRunByHand() throws Exception {
        JsonNode run = call(platform, "POST", "/_local/reminders/run?time=2024-12-17T00:00:00Z", null, null, 200);
        assertEquals("2024-12-17T00:00:00Z", run.get("runAt").asText());
    }

    /**
     * A person signs in with the stand-in's wx.login, accepts the reminder template and publishes a challenge; the
     * reminders function (its own process, configured as in the local profile) sends one WeChat message when the
     * deadline is a week off, and none when the run is repeated.
     */
    @Test
    void aRemindersRunSendsAPersonWhoAcceptedOneWeChatMessage() throws Exception {
        String colleague = token(platform, "ENTERPRISE", "ent-msg", "440300");
        String invitation = call(platform, "POST", "/organisations/ent-msg/invitations", colleague, "{}", 201).get("code").asText();
        String code = call(platform, "GET", "/_local/wechat/login?openid=o-local-msg", null, null, 200).get("code").asText();
        String ticket = call(platform, "POST", "/auth/wechat", null, "{\"code\": \"" + code + "\"}", 200).get("bindingTicket").asText();
        String person = call(platform, "POST", "/auth/wechat/bind", null,
                "{\"bindingTicket\": \"" + ticket + "\", \"invitationCode\": \"" + invitation + "\"}", 200).get("accessToken").asText();
        JsonNode templates = call(platform, "GET", "/wechat/subscriptions", person, null, 200);
        String template = templates.get(0).get("templateId").asText();
        call(platform, "POST", "/wechat/subscriptions", person, "{\"answers\": {\"" + template + "\": \"accept\"}}", 200);
        String uscc = "91440300MA5F00001" + org.hundredparks.validation.Uscc.checkCharacter("91440300MA5F00001");
        String industry = call(platform, "GET", "/_local/tokens?role=MINISTRY&org=miit&domain=INDUSTRY", null, null, 200).get("token").asText();
        publish("challenges", person, """
                {"title": "储能电站消防预警", "problem": "储能电站热失控早期预警", "indicators": "提前10分钟预警",
                 "deadline": "2026-03-20", "ipOwnership": "双方共有", "budgetYuan": 1000000, "bidderRequirements": "具备检测能力",
                 "enterpriseName": "深圳某储能有限公司", "enterpriseUscc": "%s", "industryCode": "C38", "technologyField": "新能源",
                 "requiredTrl": 6, "regionCode": "440305", "contact": {"name": "李工", "mobile": "13900001111"}}""".formatted(uscc), industry);

        call(platform, "POST", "/_local/reminders/run?time=2026-03-12T18:00:00Z", null, null, 200); // 7 days before, in Beijing
        call(platform, "POST", "/_local/reminders/run?time=2026-03-12T18:00:00Z", null, null, 200);
        List<JsonNode> toPerson = new java.util.ArrayList<>();
        call(platform, "GET", "/_local/wechat/messages", null, null, 200).forEach(m -> {
            if (m.get("touser").asText().equals("o-local-msg")) {
                toPerson.add(m);
            }
        });
        assertEquals(1, toPerson.size(), toPerson.toString());
        assertEquals(template, toPerson.get(0).get("templateId").asText());
        assertEquals("2026年3月20日", toPerson.get(0).at("/data/date2").asText());
        assertEquals(0, call(platform, "GET", "/wechat/subscriptions", person, null, 200).get(0).get("accepted").asInt(), "used up");
    }

    @Test
    void dataSurvivesARestart(@TempDir Path ownData) throws Exception {
        String id;
        try (LocalPlatform first = LocalPlatform.start(new LocalPlatform.Settings(ROOT, ownData, 0, 0, 0, 0))) {
            id = call(first, "POST", "/achievements", token(first, "UNIVERSITY", "uni-gz", "440100"),
                    DRAFT.replace("440305", "440106"), 201).get("id").asText();
        }
        assertTrue(Files.isDirectory(ownData.resolve("dynamodb")));
        try (LocalPlatform second = LocalPlatform.start(new LocalPlatform.Settings(ROOT, ownData, 0, 0, 0, 0))) {
            JsonNode read = call(second, "GET", "/achievements/" + id, token(second, "UNIVERSITY", "uni-gz", "440100"), null, 200);
            assertEquals("8英寸碳化硅衬底加工技术", read.at("/fields/title").asText());
        }
    }
}
