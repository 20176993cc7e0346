package org.hundredparks.bench;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import org.hundredparks.identity.Caller;
import org.hundredparks.matching.TextAnalysis;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.search.SearchDocuments;
import org.hundredparks.search.SearchIndexes;
import org.hundredparks.search.SearchQuery;
import org.hundredparks.search.SearchResult;
import org.hundredparks.search.SearchService;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One cold start, in a process of its own ({@link SearchBenchmark} starts it): the clients, the search service as the
 * API builds it, and the first search, which loads the snapshot from S3, reads what changed since from the table
 * and answers. Prints one line of phases, in milliseconds since the JVM started.
 *
 * <p>Args: dynamoEndpoint s3Endpoint table bucket query
 */
public final class SearchColdStart {

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long main = System.currentTimeMillis() - jvmStart;
        DynamoDbClient dynamo = BenchAws.dynamo(args[0]);
        S3Client s3 = BenchAws.s3(args[1]);
        long clients = System.currentTimeMillis() - jvmStart;
        TextAnalysis analysis = TextAnalysis.standard();
        analysis.analyse("碳化硅衬底"); // the segmenter's dictionaries load at its first use
        long analyser = System.currentTimeMillis() - jvmStart;
        SearchService search = new SearchService(new SearchIndexes(new RecordStore(dynamo, args[2], Clock.systemUTC()),
                new ObjectStore(s3, null, false), args[3], new SearchDocuments(analysis), Clock.systemUTC(), Duration.ofSeconds(30)),
                analysis, ReferenceData.get());
        long ready = System.currentTimeMillis() - jvmStart;
        SearchResult first = search.search(Caller.anonymous(), new SearchQuery(args[4], null, null, null, null, 20, null));
        long answered = System.currentTimeMillis() - jvmStart;
        long heap = usedHeapAfterGc();
        System.out.printf("COLD main=%d clients=%d analyser=%d ready=%d answered=%d total=%d hits=%d heapMB=%d%n", main, clients, analyser,
                ready, answered, first.total(),
                first.hits().size(), heap / 1_000_000);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
