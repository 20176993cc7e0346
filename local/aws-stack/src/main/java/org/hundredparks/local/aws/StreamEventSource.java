package org.hundredparks.local.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * What Lambda's event source mapping does for a DynamoDB stream, on one shard: batches the records in
 * order, invokes the function with {@code {"Records": [...]}}, honours {@code batchItemFailures}
 * (ReportBatchItemFailures: retry from the first failed record on), and after the retry limit sends the
 * record to the on-failure destination and moves on, so one bad record never blocks the others.
 */
public final class StreamEventSource implements Consumer<ObjectNode>, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StreamEventSource.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<String, String> function;
    private final Predicate<ObjectNode> filter;
    private final int batchSize;
    private final int maximumRetryAttempts;
    private final Consumer<ObjectNode> onFailure;
    private final LinkedBlockingQueue<ObjectNode> queue = new LinkedBlockingQueue<>();
    private final Map<String, Integer> attempts = new HashMap<>();
    private final Thread poller;
    /** Records handed in and not yet delivered or dead-lettered: zero is idle (a record held between queue and batch counts). */
    private final java.util.concurrent.atomic.AtomicInteger undelivered = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean running = true;

    /**
     * @param function takes the event JSON and returns the function's response JSON; throws when the
     *                 invocation itself fails
     */
    public StreamEventSource(Function<String, String> function, int batchSize, int maximumRetryAttempts,
            Consumer<ObjectNode> onFailure) {
        this(function, batchSize, maximumRetryAttempts, onFailure, record -> true);
    }

    /** @param filter which records reach the function, as the event source mapping's filter criteria decide */
    public StreamEventSource(Function<String, String> function, int batchSize, int maximumRetryAttempts,
            Consumer<ObjectNode> onFailure, Predicate<ObjectNode> filter) {
        this.filter = filter;
        this.function = function;
        this.batchSize = batchSize;
        this.maximumRetryAttempts = maximumRetryAttempts;
        this.onFailure = onFailure;
        this.poller = new Thread(this::poll, "stream-event-source");
        this.poller.setDaemon(true);
        this.poller.start();
    }

    @Override
    public void accept(ObjectNode record) {
        if (filter.test(record)) {
            undelivered.incrementAndGet();
            queue.add(record);
        }
    }

    /** Waits until every record handed in so far has been delivered or dead-lettered. */
    public boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (undelivered.get() == 0) {
                return true;
            }
            ChildProcess.sleep(20);
        }
        return false;
    }

    private void poll() {
        List<ObjectNode> batch = new ArrayList<>();
        while (running) {
            try {
                if (batch.isEmpty()) {
                    ObjectNode first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    // a short batching window, as MaximumBatchingWindowInSeconds would give
                    Thread.sleep(20);
                }
                queue.drainTo(batch, batchSize - batch.size());
                int taken = batch.size();
                batch = deliver(batch);
                undelivered.addAndGet(batch.size() - taken); // delivered, or sent to the on-failure destination
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("stream event source failed", e);
            }
        }
    }

    /** Returns what is left to deliver: the records from the first failure on, or nothing. */
    private List<ObjectNode> deliver(List<ObjectNode> batch) {
        Set<String> failed = new HashSet<>();
        try {
            ObjectNode event = JSON.createObjectNode();
            event.putArray("Records").addAll(batch);
            JsonNode response = JSON.readTree(function.apply(event.toString()));
            response.path("batchItemFailures").forEach(f -> failed.add(f.path("itemIdentifier").asText()));
        } catch (Exception invocationFailed) {
            LOG.warnf("stream batch of %d failed as a whole: %s", batch.size(), invocationFailed.getMessage());
            batch.forEach(r -> failed.add(sequenceNumber(r)));
        }
        int firstFailure = -1;
        for (int i = 0; i < batch.size(); i++) {
            if (failed.contains(sequenceNumber(batch.get(i)))) {
                firstFailure = i;
                break;
            }
        }
        if (firstFailure < 0) {
            batch.forEach(r -> attempts.remove(sequenceNumber(r)));
            return new ArrayList<>();
        }
        batch.subList(0, firstFailure).forEach(r -> attempts.remove(sequenceNumber(r)));
        List<ObjectNode> rest = new ArrayList<>(batch.subList(firstFailure, batch.size()));
        ObjectNode head = rest.get(0);
        int tries = attempts.merge(sequenceNumber(head), 1, Integer::sum);
        if (tries > maximumRetryAttempts) {
            attempts.remove(sequenceNumber(head));
            LOG.warnf("stream record %s failed %d times: sent to the on-failure destination", sequenceNumber(head), tries);
            onFailure.accept(head);
            rest.remove(0);
        }
        return rest;
    }

    private static String sequenceNumber(JsonNode record) {
        return record.path("dynamodb").path("SequenceNumber").asText();
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
    }
}
