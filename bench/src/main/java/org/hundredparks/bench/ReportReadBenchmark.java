package org.hundredparks.bench;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.hundredparks.cooperation.Cooperation;
import org.hundredparks.cooperation.CooperationService;
import org.hundredparks.cooperation.Outcome;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.jobs.JobQueue;
import org.hundredparks.local.aws.LocalAwsStack;
import org.hundredparks.local.aws.S3Proxy;
import org.hundredparks.matching.MatchKind;
import org.hundredparks.matching.MatchStore;
import org.hundredparks.reporting.ReportFigures;
import org.hundredparks.reporting.ReportInput;
import org.hundredparks.reporting.ReportPhase;
import org.hundredparks.reporting.ReportService;
import org.hundredparks.reporting.TypicalCaseService;
import org.hundredparks.storage.BucketBootstrap;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableBootstrap;
import org.hundredparks.storage.TableDesign;
import org.hundredparks.submission.Bid;
import org.hundredparks.submission.BidService;
import org.hundredparks.submission.ItemStatus;
import org.hundredparks.submission.ItemSummaries;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListItemRepository;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.SubmissionService;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The whole national report, reading included: the generated records are written through the platform's own
 * services into a table on dynalite, then the report is generated as the jobs function does (read each
 * index partition, compute, write three files to S3) and the live statistics are computed from a cold cache.
 * dynalite answers one request at a time from a LevelDB on disk, so the read here is slower than DynamoDB's;
 * the figure is an upper bound. Run: {@code bench/benchmark-reports.sh [items] --dynamodb}.
 */
public final class ReportReadBenchmark {

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        ReportInput corpus = ReportCorpus.generate(size);
        Clock clock = Clock.fixed(Instant.parse("2025-06-20T02:00:00Z"), ZoneOffset.UTC);
        try (LocalAwsStack stack = LocalAwsStack.start(LocalAwsStack.Options.forTests())) {
            var credentials = BenchAws.CREDENTIALS;
            Region region = BenchAws.REGION;
            DynamoDbClient dynamo = BenchAws.dynamo(stack.dynamoEndpoint());
            S3Client s3 = BenchAws.s3(stack.s3Endpoint());
            S3Presigner presigner = S3Presigner.builder().endpointOverride(URI.create(stack.s3Endpoint())).region(region)
                    .credentialsProvider(credentials).build();
            SqsClient sqs = SqsClient.builder().endpointOverride(URI.create(stack.sqs().endpoint())).region(region)
                    .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
            TableBootstrap.ensure(dynamo, "bench-reports", TableDesign.PLATFORM);
            BucketBootstrap.ensure(s3, List.of("bench-reports"));

            RecordStore records = new RecordStore(dynamo, "bench-reports", clock);
            CooperationService cooperations = new CooperationService(records, clock);
            ListItemRepository repository = new ListItemRepository(records);
            BidService bidService = new BidService(records, new SubmissionService(repository, clock), cooperations, clock);
            ReportService reports = new ReportService(records, new ObjectStore(s3, presigner, false), "bench-reports",
                    new JobQueue(sqs, stack.sqs().queueUrl(LocalAwsStack.JOBS_QUEUE)), cooperations,
                    new TypicalCaseService(records, cooperations, clock), "2024-2025", 60, clock);

            long seeding = System.nanoTime();
            Map<String, ItemStatus> statusOf = new java.util.HashMap<>();
            corpus.items().forEach(item -> statusOf.put(item.id(), item.status()));
            AtomicInteger bids = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> writes = new ArrayList<>();
            // the list items in batches of 25 (the services write one at a time; here only the read is measured)
            List<ListItem> items = corpus.items();
            for (int from = 0; from < items.size(); from += 25) {
                List<ListItem> batch = items.subList(from, Math.min(from + 25, items.size()));
                writes.add(pool.submit(() -> writeBatch(dynamo, batch)));
            }
            // their report summaries and "matched" marks, as the repository and the matching function keep them
            List<Item> rows = new ArrayList<>(ItemSummaries.rows(items));
            for (ListType type : ListType.values()) {
                rows.addAll(MatchStore.matchedRows(MatchKind.of(type), items.stream()
                        .filter(i -> i.type() == type && corpus.matched().contains(i.id())).map(ListItem::id).toList()));
            }
            for (int from = 0; from < rows.size(); from += 25) {
                List<Item> batch = rows.subList(from, Math.min(from + 25, rows.size()));
                writes.add(pool.submit(() -> writeRows(dynamo, batch)));
            }
            await(writes);
            System.err.printf("%,d list items written in %.0f s, with %,d summary rows of %,d bytes on average%n", items.size(),
                    (System.nanoTime() - seeding) / 1e9, rows.size(),
                    rows.stream().mapToLong(r -> r.values().entrySet().stream()
                            .mapToLong(e -> e.getKey().length() + (e.getValue().s() == null ? 8 : e.getValue().s().getBytes(
                                    java.nio.charset.StandardCharsets.UTF_8).length)).sum()).sum() / rows.size());
            for (int i = 0; i < corpus.cooperations().size(); i++) {
                Cooperation c = corpus.cooperations().get(i);
                Outcome o = corpus.outcomes().get(i).getValue();
                Bid b = corpus.bids().get(i);
                writes.add(pool.submit(() -> {
                    cooperations.openWithId(c.id(), c.ownerOrganisationId(), null, c.fields(), c.fields().partyOrganisationIds());
                    Caller party = new Caller(null, Role.ENTERPRISE, c.ownerOrganisationId(), c.fields().regionCode(), null, null);
                    cooperations.addOutcome(party, c.id(), new Outcome.Entry(o.asOf(), o.contractsSigned(), o.contractAmountYuan(),
                            o.patents(), o.products(), o.peopleTrained(), null, null));
                    if (statusOf.get(b.challengeId()) == ItemStatus.PUBLISHED) {
                        bidService.bid(new Caller(null, Role.UNIVERSITY, "bidder-" + b.bidderOrganisationId(), "440300", null, null),
                                b.challengeId(), b.fields());
                        bids.incrementAndGet();
                    }
                }));
            }
            await(writes);
            pool.shutdown();
            double seeded = (System.nanoTime() - seeding) / 1e9;

            Caller ministry = new Caller("bench", Role.MINISTRY, "most", null, Domain.SCIENCE, null);
            long t0 = System.nanoTime();
            ReportFigures live = reports.statistics(ministry, "NATION");
            double statistics = (System.nanoTime() - t0) / 1e9;
            // what was read must be what was written: the same figures as from the corpus in memory
            ReportFigures expected = org.hundredparks.reporting.FiguresBuilder.build(org.hundredparks.reporting.ReportScope.parse("NATION"),
                    null, java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Shanghai")), corpus, null, 60);
            List<String> differing = expected.tables().stream().filter(t -> !t.equals(live.table(t.title())))
                    .map(ReportFigures.Table::title).toList();
            System.err.println("tables that differ from the corpus's (not written here: plans and typical cases; bids only on published challenges; progress dates are the services' own): "
                    + differing);
            long t1 = System.nanoTime();
            ReportService.Report report = reports.generate(reports.request(ministry, ReportPhase.FINAL, "NATION").id());
            double generated = (System.nanoTime() - t1) / 1e9;

            System.out.printf("""
                    | measure (dynalite on loopback; an upper bound for DynamoDB) | national final report |
                    |---|---|
                    | records written (list items in batches; cooperations, outcomes, bids through the services) | %,d list items, %,d cooperations, %,d outcomes, %,d bids (%.0f s) |
                    | live statistics, cold cache: read every partition + figures | %.2f s |
                    | report generated: read + figures + .xlsx/.docx/.json + 3 S3 writes | %.2f s (%s) |
                    """, corpus.items().size(), corpus.cooperations().size(), corpus.outcomes().size(), bids.get(), seeded,
                    statistics, generated, report.status() + ", " + live.tables().size() + " tables");
            System.out.println("JVM: " + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / 1_000_000 + " MB");
        }
    }

    private static void writeBatch(DynamoDbClient dynamo, List<ListItem> batch) {
        writeRows(dynamo, batch.stream().map(ListItemRepository::toItem).toList());
    }

    private static void writeRows(DynamoDbClient dynamo, List<Item> batch) {
        List<WriteRequest> requests = batch.stream().map(item -> WriteRequest.builder()
                .putRequest(PutRequest.builder().item(item.values()).build()).build()).toList();
        Map<String, List<WriteRequest>> pending = Map.of("bench-reports", requests);
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            pending = dynamo.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
        }
    }

    private static void await(List<Future<?>> futures) throws Exception {
        for (Future<?> f : futures) {
            f.get();
        }
        futures.clear();
    }
}
