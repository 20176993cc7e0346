package org.hundredparks.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.hundredparks.matching.MatchDocument;
import org.hundredparks.matching.MatchDocuments;
import org.hundredparks.matching.MatchIndex;
import org.hundredparks.matching.MatchIndexes;
import org.hundredparks.matching.Matcher;
import org.hundredparks.matching.TextAnalysis;
import org.hundredparks.matching.BgeSmallZhEmbedding;
import org.hundredparks.local.aws.S3Proxy;
import org.hundredparks.storage.ObjectStore;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import org.hundredparks.matching.MatchKind;

/**
 * Matching at national scale: a generated corpus of {@code size} achievements whose sentences are
 * drawn from the real records of the graded data set (so the vocabulary and lengths are those of
 * real technology-transfer texts), then the time to match one new challenge (warm, p50/p99), index
 * build time and snapshot size, the cold load of the snapshot, and the heap the index holds; next to
 * Lucene BM25 with the same SmartChinese analyser over the same texts and queries.
 *
 * <p>Run: {@code bench/benchmark-matching.sh [size]} (heap limited to 512 MB there, as the target).
 */
public final class MatchingBenchmark {

    /** How many corpus items get a meaning of their own from the model (see below). */
    private static final int MEANINGS = 2_000;

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "../shared/eval/matching");
        List<String> sentences = sentences(dir);
        Random random = new Random(42);
        List<String[]> corpus = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            corpus.add(generate(sentences, random));
        }
        List<String[]> queries = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            queries.add(generate(sentences, random));
        }
        System.out.printf("corpus: %,d items, average %d characters%n", size,
                (int) corpus.stream().mapToInt(c -> c[0].length() + c[1].length()).average().orElse(0));

        MatchDocuments documents = new MatchDocuments(TextAnalysis.standard());
        MatchDocuments withMeaning = new MatchDocuments(TextAnalysis.standard(), new BgeSmallZhEmbedding());
        // The model gives a meaning in about 20 ms, too slow for 100,000 items here (half an hour on two cores):
        // the first MEANINGS items get their own, and the rest reuse them in turn. Comparing codes costs the
        // same whatever their values, so the timings hold; the meanings of most items are then not their own.
        long[][] meanings = new long[Math.min(MEANINGS, size)][];
        long[] embed = new long[meanings.length];
        for (int i = 0; i < meanings.length; i++) {
            long start = System.nanoTime();
            meanings[i] = withMeaning.build("m", MatchKind.ACHIEVEMENT, corpus.get(i)[0], corpus.get(i)[1], List.of(), null, null,
                    Set.of(), null, null, Set.of()).meaning();
            embed[i] = System.nanoTime() - start;
        }
        long t0 = System.nanoTime();
        MatchIndex index = new MatchIndex();
        for (int i = 0; i < corpus.size(); i++) {
            index.put(documents.build("ach_" + i, MatchKind.ACHIEVEMENT, corpus.get(i)[0], corpus.get(i)[1], List.of(), null, 5 + i % 4,
                    Set.of("LICENSE"), "440305", null, Set.of()).withMeaning(meanings[i % meanings.length]));
        }
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        long heap = usedHeapAfterGc();

        Map<MatchKind, MatchIndex> all = new EnumMap<>(MatchKind.class);
        for (MatchKind type : MatchKind.values()) {
            all.put(type, type == MatchKind.ACHIEVEMENT ? index : new MatchIndex());
        }
        byte[] snapshot = MatchIndexes.encodeForBenchmark(all);
        List<MatchDocument> queryDocuments = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            queryDocuments.add(withMeaning.build("chl_" + i, MatchKind.CHALLENGE, queries.get(i)[0], queries.get(i)[1], List.of(), null, 6,
                    Set.of(), "440300", 1_000_000L, Set.of()));
        }
        Matcher matcher = new Matcher();
        for (int i = 0; i < 200; i++) { // warm-up
            matcher.match(queryDocuments.get(i), index, 50);
        }
        long[] engine = new long[queryDocuments.size()];
        for (int i = 0; i < queryDocuments.size(); i++) {
            long start = System.nanoTime();
            matcher.match(queryDocuments.get(i), index, 50);
            engine[i] = System.nanoTime() - start;
        }
        long[] analyse = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            documents.build("q", MatchKind.CHALLENGE, queries.get(i)[0], queries.get(i)[1], List.of(), null, 6, Set.of(), null, null, Set.of());
            analyse[i] = System.nanoTime() - start;
        }

        index = null; // a cold container holds one index: the one it loads (and Lucene's heap is measured without ours)
        all.clear();
        Map<MatchKind, MatchIndex> loaded = new EnumMap<>(MatchKind.class);
        long[] loads = new long[3];
        long[] fetches = new long[3];
        try (S3Proxy s3proxy = S3Proxy.start(0, null, Path.of(System.getProperty("java.io.tmpdir"), "bench-s3proxy"))) {
            ObjectStore objects = objectStore(s3proxy);
            objects.put("bench-derived", "matching/index/snapshot.bin.gz", snapshot, "application/octet-stream");
            for (int run = 0; run < loads.length; run++) {
                loaded.clear();
                long start = System.nanoTime();
                byte[] fetched = objects.get("bench-derived", "matching/index/snapshot.bin.gz").orElseThrow();
                fetches[run] = System.nanoTime() - start;
                MatchIndexes.decodeForBenchmark(fetched, loaded);
                loads[run] = System.nanoTime() - start;
            }
        }
        loaded.clear();

        LuceneResult lucene = lucene(corpus, queries);

        System.out.printf("""

                | measure | Hundred Parks index | Lucene BM25 (SmartChinese) |
                |---|---|---|
                | build, %,d items | %.1f s (analysis included, meanings not) | %.1f s (analysis included) |
                | match one new item, warm: p50 / p99 | %.2f ms / %.2f ms | %.2f ms / %.2f ms |
                | analysing the new item's text (before matching): p50 / p99 | %.2f ms / %.2f ms | (included above) |
                | its meaning (bge-small-zh, %,d items): p50 / p99 | %.1f ms / %.1f ms | — |
                | heap held after GC (index and the corpus' texts) | %d MB | %d MB |
                | snapshot in S3 (gzip) | %.1f MB | — |
                | cold load: S3 GET of the snapshot (s3proxy on loopback), then decode; best of 3 | %.2f s (of which GET %.2f s) | — |
                """, size, buildSeconds, lucene.buildSeconds, percentile(engine, 50), percentile(engine, 99),
                lucene.p50, lucene.p99, percentile(analyse, 50), percentile(analyse, 99), embed.length,
                percentile(embed, 50), percentile(embed, 99), heap / 1_000_000,
                lucene.heap / 1_000_000, snapshot.length / 1e6, Arrays.stream(loads).min().getAsLong() / 1e9,
                fetches[indexOfMin(loads)] / 1e9);
        System.out.println("JVM: " + System.getProperty("java.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / 1_000_000 + " MB, " + Runtime.getRuntime().availableProcessors() + " cores");
    }

    record LuceneResult(double buildSeconds, double p50, double p99, long heap) {
    }

    private static LuceneResult lucene(List<String[]> corpus, List<String[]> queries) throws IOException {
        SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        long t0 = System.nanoTime();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64))) {
            for (int i = 0; i < corpus.size(); i++) {
                Document document = new Document();
                document.add(new StringField("id", "ach_" + i, Field.Store.YES));
                document.add(new TextField("text", corpus.get(i)[0] + "\n" + corpus.get(i)[0] + "\n" + corpus.get(i)[1], Field.Store.NO));
                writer.addDocument(document);
            }
        }
        double build = (System.nanoTime() - t0) / 1e9;
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            long heap = usedHeapAfterGc();
            List<BooleanQuery> parsed = new ArrayList<>();
            for (String[] query : queries) {
                BooleanQuery.Builder builder = new BooleanQuery.Builder();
                try (var stream = analyzer.tokenStream("text", query[0] + "\n" + query[1])) {
                    var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                    stream.reset();
                    java.util.Set<String> seen = new java.util.HashSet<>();
                    while (stream.incrementToken()) {
                        if (seen.add(term.toString()) && seen.size() <= BooleanQuery.getMaxClauseCount()) {
                            builder.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
                        }
                    }
                    stream.end();
                }
                parsed.add(builder.build());
            }
            for (int i = 0; i < 200; i++) {
                searcher.search(parsed.get(i), 50);
            }
            long[] times = new long[parsed.size()];
            for (int i = 0; i < parsed.size(); i++) {
                long start = System.nanoTime();
                searcher.search(parsed.get(i), 50);
                times[i] = System.nanoTime() - start;
            }
            return new LuceneResult(build, percentile(times, 50), percentile(times, 99), heap);
        }
    }

    /** A title of a few words and a body of two to five sentences, all taken from real records. */
    static String[] generate(List<String> sentences, Random random) {
        String first = sentences.get(random.nextInt(sentences.size()));
        String title = first.length() > 18 ? first.substring(0, 6 + random.nextInt(12)) : first;
        StringBuilder body = new StringBuilder();
        int count = 2 + random.nextInt(4);
        for (int s = 0; s < count; s++) {
            body.append(sentences.get(random.nextInt(sentences.size()))).append('。');
        }
        return new String[] {title, body.toString()};
    }

    static List<String> sentences(Path dir) throws IOException {
        List<String> sentences = new ArrayList<>();
        for (String file : List.of("results.jsonl", "challenges.jsonl")) {
            for (JsonNode record : MatchingEvaluation.read(dir.resolve(file))) {
                for (String s : (record.path("title").asText() + "。" + record.path("description").asText()).split("[。；;！？\\n]")) {
                    if (s.strip().length() >= 8) {
                        sentences.add(s.strip());
                    }
                }
            }
        }
        return sentences;
    }

    private static int indexOfMin(long[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static ObjectStore objectStore(S3Proxy s3proxy) {
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(S3Proxy.ACCESS_KEY, S3Proxy.SECRET_KEY));
        S3Client s3 = S3Client.builder().endpointOverride(URI.create(s3proxy.endpoint())).forcePathStyle(true)
                .region(Region.of("cn-north-1")).credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
        s3.createBucket(b -> b.bucket("bench-derived"));
        return new ObjectStore(s3, null);
    }

    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
