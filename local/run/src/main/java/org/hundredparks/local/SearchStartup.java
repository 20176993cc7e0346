package org.hundredparks.local;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hundredparks.local.aws.HttpApiFront;
import org.hundredparks.local.aws.LocalAwsStack;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.submission.AchievementFields;
import org.hundredparks.submission.Contact;
import org.hundredparks.submission.CooperationMode;
import org.hundredparks.submission.ItemStatus;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListItemRepository;
import org.hundredparks.submission.ListType;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The API function's cold start on search, as deployed: a new process (native, or the JVM), a search index snapshot
 * in S3 (the one {@code bench/benchmark-search.sh} wrote), and the first {@code GET /search} through the local
 * front, timed from process start to answer; then the function's own log line of where the load went.
 *
 * <p>Args: mode (native|jvm), root, snapshot file, native libraries dir (native only). Run by
 * {@code bench/benchmark-search.sh --native}.
 */
public final class SearchStartup {

    /** Items published after the snapshot was taken (as the JVM benchmark's cold starts have): the first search must find them. */
    static final int CHANGED_SINCE = 200;

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path root = Path.of(args[1]).toAbsolutePath().normalize();
        byte[] snapshot = Files.readAllBytes(Path.of(args[2]));
        Path libraries = args.length > 3 ? Path.of(args[3]) : null;
        List<String> lines = new ArrayList<>();
        List<String> breakdowns = new ArrayList<>();
        try (LocalAwsStack stack = LocalAwsStack.start(LocalAwsStack.Options.forTests())) {
            LocalPlatform.bootstrapStorage(stack);
            try (S3Client s3 = LocalPlatform.s3Client(stack); DynamoDbClient dynamo = LocalPlatform.dynamoClient(stack)) {
                s3.putObject(b -> b.bucket(LocalPlatform.sharedConfig().getProperty("hundredparks.storage.buckets.derived"))
                        .key(org.hundredparks.search.SearchIndexes.SNAPSHOT_KEY), RequestBody.fromBytes(snapshot));
                // published after the snapshot was taken, as in production: the first search must read them from the table
                ListItemRepository items = new ListItemRepository(new RecordStore(dynamo,
                        LocalPlatform.sharedConfig().getProperty("hundredparks.storage.table"), Clock.systemUTC()));
                for (int i = 0; i < CHANGED_SINCE; i++) {
                    Instant now = Instant.now();
                    items.create(new ListItem("ach_cold" + i, ListType.ACHIEVEMENT, ItemStatus.PUBLISHED, null, "org-cold", null, 1, now,
                            now, now, new AchievementFields(null, "超导量子比特读出电路" + i, "低温放大器与量子比特读出。", "新一代信息技术", List.of(), 4,
                                    List.of(), Set.of(CooperationMode.LICENSE), null, "某大学", "110108", null,
                                    new Contact("张老师", "13812345678", null))));
                }
            }
            Map<String, String> environment = LocalPlatform.functionEnvironment(stack); // the region and keys: FunctionProcess
            HttpClient http = HttpClient.newHttpClient();
            for (int run = 1; run <= 3; run++) {
                Path workDir = Files.createTempDirectory("hundred-parks-search-startup");
                FunctionProcess api = "native".equals(mode)
                        ? FunctionProcess.startNative("api", root, environment, workDir, libraries, true)
                        : FunctionProcess.start("api", root, environment, workDir, true);
                try (api; HttpApiFront front = HttpApiFront.start(0, api::invoke, Map.of())) {
                    String url = "http://127.0.0.1:" + front.port() + "/search?q=" + URLEncoder.encode("超导量子比特", StandardCharsets.UTF_8);
                    HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                    long firstMs = System.currentTimeMillis() - api.launchedAt(); // unpacking the package is Lambda's part
                    String phases = api.coldStartPhases();
                    long warm = System.nanoTime();
                    http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                    long warmMs = (System.nanoTime() - warm) / 1_000_000;
                    String ready = Files.readAllLines(api.log()).stream().filter(l -> l.contains("search index ready"))
                            .map(l -> l.substring(l.indexOf("search index ready"))).findFirst().orElse("(no load logged)");
                    long found = new com.fasterxml.jackson.databind.ObjectMapper().readTree(first.body()).path("total").asLong();
                    lines.add("| " + mode + " | " + run + " | " + firstMs + " ms | " + warmMs + " ms | HTTP " + first.statusCode() + ", "
                            + first.body().length() + " characters, " + found + " found (" + CHANGED_SINCE + " published after the snapshot) | "
                            + ready + " |");
                    breakdowns.add("| " + mode + " | " + run + " | " + phases + " |");
                } finally {
                    FunctionProcess.deleteTree(workDir);
                }
            }
        }
        System.out.println("| api (" + mode + ") | run | process start → first GET /search answered | next search, warm (through the local front) | answer | the function's log |");
        System.out.println("|---|---|---|---|---|---|");
        lines.forEach(System.out::println);
        System.out.println();
        System.out.println("| api (" + mode + ") | run | the first answer's phases, ms after the process was started |");
        System.out.println("|---|---|---|");
        breakdowns.forEach(System.out::println);
        System.exit(0);
    }
}
