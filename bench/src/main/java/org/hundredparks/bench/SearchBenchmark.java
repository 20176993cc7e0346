package org.hundredparks.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.local.aws.LocalAwsStack;
import org.hundredparks.matching.TextAnalysis;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.search.SearchDocument;
import org.hundredparks.search.SearchDocuments;
import org.hundredparks.search.SearchIndex;
import org.hundredparks.search.SearchIndexes;
import org.hundredparks.search.SearchList;
import org.hundredparks.search.SearchQuery;
import org.hundredparks.search.SearchResult;
import org.hundredparks.search.SearchService;
import org.hundredparks.storage.BucketBootstrap;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableBootstrap;
import org.hundredparks.storage.TableDesign;
import org.hundredparks.submission.AchievementFields;
import org.hundredparks.submission.Contact;
import org.hundredparks.submission.CooperationMode;
import org.hundredparks.submission.ItemStatus;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListItemRepository;
import org.hundredparks.submission.ListType;
import org.hundredparks.validation.InvalidInputException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Search at national scale: {@code size} generated documents over the four lists and enterprise profiles (their
 * sentences drawn from the real records of the graded set, as in {@link MatchingBenchmark}), spread over 31 provinces,
 * ten fields and three statuses. Times 1,000 searches as people type them (after 200 for warm-up), the heap the index
 * holds, its snapshot, and cold starts: a new JVM that builds the search service as the API does and answers its first
 * search, loading the snapshot from s3proxy and reading what changed since from dynalite.
 *
 * <p>Run: {@code bench/benchmark-search.sh [size]} (heap limited to 512 MB, here and in the cold process).
 */
public final class SearchBenchmark {

    static final String[] PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41",
        "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"};
    static final String[] FIELDS = {"新一代信息技术", "高端装备制造", "新材料", "生物", "新能源汽车", "新能源", "节能环保", "数字创意", "现代农业",
        "相关服务业"};
    /** Documents written to the table after the snapshot was taken: the cold start must read them. */
    static final int CHANGED_SINCE = 200;

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "../shared/eval/matching");
        List<String> sentences = MatchingBenchmark.sentences(dir);
        TextAnalysis analysis = TextAnalysis.standard();
        SearchDocuments documents = new SearchDocuments(analysis);
        Random random = new Random(7);

        long t0 = System.nanoTime();
        SearchIndex index = new SearchIndex();
        long characters = 0;
        for (int i = 0; i < size; i++) {
            String[] text = MatchingBenchmark.generate(sentences, random);
            characters += text[0].length() + text[1].length();
            index.put(documents.of(document(i, text[0], random), List.of(), text[1]));
        }
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        long heap = MatchingBenchmark.usedHeapAfterGc();

        List<Search> searches = queries(sentences, analysis, new Random(11), 1_200);
        ReferenceData reference = ReferenceData.get();
        long[] times = new long[searches.size()];
        long found = 0;
        int empty = 0;
        int refused = 0;
        for (int i = 0; i < searches.size(); i++) {
            Search search = searches.get(i);
            long start = System.nanoTime();
            try {
                SearchResult result = index.search(search.query(), analysis, search.visible(), p -> reference.regionName(p + "0000"));
                if (result.nextCursor() != null && i % 10 == 0) { // one search in ten goes on to its second page
                    index.search(search.query().withCursor(result.nextCursor()), analysis, search.visible(), p -> reference.regionName(p + "0000"));
                }
                if (i >= 200) {
                    found += result.total();
                    empty += result.total() == 0 ? 1 : 0;
                }
            } catch (InvalidInputException tooShort) {
                refused += i >= 200 ? 1 : 0;
            }
            times[i] = System.nanoTime() - start;
        }
        long[] measured = Arrays.copyOfRange(times, 200, times.length);

        Instant asOf = Instant.now().minusSeconds(300);
        byte[] snapshot = SearchIndexes.snapshotOf(index, asOf);
        index = null; // the cold process holds its own
        // for the API's own cold start (bench/benchmark-search.sh --native)
        java.nio.file.Files.write(Path.of(System.getProperty("hundredparks.root", "."), "bench/target/search-snapshot.bin"), snapshot);
        System.out.printf("corpus: %,d documents, average %d characters; queries: %d measured (%d refused as too short, %d with no hit, "
                + "%,d hits on average)%n", size, characters / size, measured.length, refused, empty, found / Math.max(1, measured.length - refused));

        List<String> cold = coldStarts(snapshot);
        System.out.printf("""

                | measure | search index |
                |---|---|
                | build, %,d documents (analysis included) | %.1f s |
                | one search, warm: p50 / p99 / max (query analysis, matching, ranking, facets, marks and fragments) | %.2f ms / %.2f ms / %.2f ms |
                | heap held after GC (the index and its documents' texts) | %d MB |
                | snapshot in S3 (gzip) | %.1f MB |
                """, size, buildSeconds, MatchingBenchmark.percentile(measured, 50), MatchingBenchmark.percentile(measured, 99),
                Arrays.stream(measured).max().getAsLong() / 1e6, heap / 1_000_000, snapshot.length / 1e6);
        cold.forEach(System.out::println);
        System.out.println("JVM: " + System.getProperty("java.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / 1_000_000 + " MB, " + Runtime.getRuntime().availableProcessors() + " cores");
        System.exit(0);
    }

    private static SearchDocument document(int i, String title, Random random) {
        int kind = random.nextInt(100);
        SearchList list = kind < 40 ? SearchList.ACHIEVEMENT : kind < 65 ? SearchList.CHALLENGE : kind < 75 ? SearchList.TALENT_NEED
                : kind < 90 ? SearchList.STAFF_OFFER : SearchList.ENTERPRISE;
        int state = random.nextInt(100);
        String status = list == SearchList.ENTERPRISE || state < 85 ? "PUBLISHED" : state < 95 ? "SUBMITTED" : "DRAFT";
        String province = PROVINCES[random.nextInt(PROVINCES.length)];
        String owner = "org-" + random.nextInt(20_000);
        return new SearchDocument((list == SearchList.ENTERPRISE ? owner + "-" : "doc_") + i, list, status, owner, "某单位" + owner,
                province + "0100", "HTZ-" + province + "0100-0" + random.nextInt(3), FIELDS[random.nextInt(FIELDS.length)], title, "",
                Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i).toString());
    }

    record Search(SearchQuery query, Predicate<SearchDocument> visible) {
    }

    /**
     * Searches as people type them: one or two words of a real sentence (half), two words of different sentences with a
     * space (a fifth), a term of the synonym table (15%), a few characters of a title (15%); a third filtered by
     * province, a fifth by list, a tenth by field; most by someone not signed in, some by an owner or an authority.
     */
    static List<Search> queries(List<String> sentences, TextAnalysis analysis, Random random, int count) throws Exception {
        List<String> synonyms = new ArrayList<>();
        try (var in = SearchBenchmark.class.getResourceAsStream("/matching/synonyms.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    synonyms.addAll(Arrays.stream(line.split(",")).map(String::strip).toList());
                }
            }
        }
        List<Search> searches = new ArrayList<>();
        while (searches.size() < count) {
            int kind = random.nextInt(100);
            String q;
            if (kind < 50) {
                q = words(sentences, analysis, random, random.nextInt(10) < 4 ? 2 : 1);
            } else if (kind < 70) {
                q = words(sentences, analysis, random, 1) + " " + words(sentences, analysis, random, 1);
            } else if (kind < 85) {
                q = synonyms.get(random.nextInt(synonyms.size()));
            } else {
                String sentence = sentences.get(random.nextInt(sentences.size()));
                int length = 2 + random.nextInt(3);
                int from = random.nextInt(Math.max(1, sentence.length() - length));
                q = sentence.substring(from, Math.min(sentence.length(), from + length));
            }
            if (q.isBlank() || q.length() > SearchQuery.MAX_LENGTH) {
                continue;
            }
            String region = random.nextInt(3) == 0 ? PROVINCES[random.nextInt(PROVINCES.length)] : null;
            SearchList list = random.nextInt(5) == 0 ? SearchList.values()[random.nextInt(SearchList.values().length)] : null;
            String field = random.nextInt(10) == 0 ? FIELDS[random.nextInt(FIELDS.length)] : null;
            int who = random.nextInt(10);
            Caller caller = who < 7 ? Caller.anonymous()
                    : who < 9 ? new Caller("u", Role.UNIVERSITY, "org-" + random.nextInt(20_000), "110100", null, null)
                    : new Caller("a", Role.PROVINCE_AUTHORITY, "auth", PROVINCES[random.nextInt(PROVINCES.length)] + "0000", Domain.SCIENCE, null);
            searches.add(new Search(new SearchQuery(q, list, region, null, field, 20, null), SearchService.visibleTo(caller)));
        }
        return searches;
    }

    private static String words(List<String> sentences, TextAnalysis analysis, Random random, int howMany) {
        String sentence = sentences.get(random.nextInt(sentences.size()));
        List<String> words = analysis.segments(sentence).stream().map(TextAnalysis.Segment::word)
                .filter(w -> w.length() >= 2 && TextAnalysis.isMeaningful(w)).toList();
        if (words.isEmpty()) {
            return "";
        }
        int from = random.nextInt(words.size());
        return String.join("", words.subList(from, Math.min(words.size(), from + howMany)));
    }

    /**
     * Three cold starts, each a new JVM (heap limited to 512 MB) that builds the service and answers its first search; the
     * table holds {@link #CHANGED_SINCE} items changed after the snapshot, which that first search must read and find.
     */
    private static List<String> coldStarts(byte[] snapshot) throws Exception {
        List<String> lines = new ArrayList<>();
        try (LocalAwsStack stack = LocalAwsStack.start(LocalAwsStack.Options.forTests())) {
            DynamoDbClient dynamo = BenchAws.dynamo(stack.dynamoEndpoint());
            S3Client s3 = BenchAws.s3(stack.s3Endpoint());
            TableBootstrap.ensure(dynamo, "bench-search", TableDesign.PLATFORM);
            BucketBootstrap.ensure(s3, List.of("bench-search"));
            new ObjectStore(s3, null, false).put("bench-search", org.hundredparks.search.SearchIndexes.SNAPSHOT_KEY, snapshot, "application/octet-stream");
            ListItemRepository items = new ListItemRepository(new RecordStore(dynamo, "bench-search", Clock.systemUTC()));
            for (int i = 0; i < CHANGED_SINCE; i++) {
                Instant now = Instant.now();
                items.create(new ListItem("ach_cold" + i, ListType.ACHIEVEMENT, ItemStatus.PUBLISHED, null, "org-cold", null, 1, now, now, now,
                        new AchievementFields(null, "超导量子比特读出电路" + i, "低温放大器与量子比特读出。", "新一代信息技术", List.of(), 4, List.of(),
                                Set.of(CooperationMode.LICENSE), null, "某大学", "110108", null, new Contact("张老师", "13812345678", null))));
            }
            String classpath = System.getProperty("java.class.path");
            for (int run = 0; run < 3; run++) {
                long started = System.nanoTime();
                Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                        "-XX:+UseSerialGC", "-Dorg.jboss.logging.provider=jdk", "-cp", classpath, SearchColdStart.class.getName(), stack.dynamoEndpoint(), stack.s3Endpoint(),
                        "bench-search", "bench-search", "超导量子比特").redirectErrorStream(true).start();
                String cold = null;
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null; ) {
                        if (line.contains("search index ready")) {
                            lines.add("  " + line.substring(line.indexOf("search index ready")));
                        }
                        if (line.startsWith("COLD ")) {
                            cold = line;
                            break;
                        }
                    }
                }
                long wall = (System.nanoTime() - started) / 1_000_000;
                process.waitFor();
                lines.add("cold start " + (run + 1) + ": process started → first answer " + wall + " ms (wall, as the parent saw it); "
                        + (cold == null ? "no answer" : cold.substring(5)) + " (ms since the JVM started)");
            }
        }
        return lines;
    }
}
