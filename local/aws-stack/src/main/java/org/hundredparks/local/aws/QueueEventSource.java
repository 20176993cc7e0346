package org.hundredparks.local.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * What Lambda's event source mapping does for an SQS queue: takes up to {@code batchSize} messages,
 * invokes the function with the AWS event shape, deletes what succeeded, lets the failed ones
 * ({@code batchItemFailures}, or all when the invocation fails) come back, and after
 * {@code maxReceiveCount} receives moves a message to the dead-letter destination (the redrive policy).
 */
public final class QueueEventSource implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(QueueEventSource.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqsStandIn sqs;
    private final String queue;
    private final Function<String, String> function;
    private final int batchSize;
    private final int maxReceiveCount;
    private final Consumer<SqsStandIn.Message> deadLetters;
    private final Map<String, Integer> receives = new ConcurrentHashMap<>();
    private final Thread poller;
    private final Object lock = new Object();
    private volatile boolean busy;
    private volatile boolean running = true;

    public QueueEventSource(SqsStandIn sqs, String queue, Function<String, String> function, int batchSize,
            int maxReceiveCount, Consumer<SqsStandIn.Message> deadLetters) {
        this.sqs = sqs;
        this.queue = queue;
        this.function = function;
        this.batchSize = batchSize;
        this.maxReceiveCount = maxReceiveCount;
        this.deadLetters = deadLetters;
        this.poller = new Thread(this::poll, "queue-event-source-" + queue);
        this.poller.setDaemon(true);
        this.poller.start();
    }

    /** Waits until the queue is empty and nothing is being delivered. */
    public boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (lock) {
                if (!busy && sqs.waiting(queue) == 0) {
                    return true;
                }
            }
            ChildProcess.sleep(20);
        }
        return false;
    }

    private void poll() {
        while (running) {
            SqsStandIn.Message first;
            synchronized (lock) { // taking and turning busy are one step for awaitIdle
                first = sqs.take(queue, Duration.ZERO);
                busy = first != null;
            }
            if (first == null) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException closed) {
                    return;
                }
                continue;
            }
            try {
                List<SqsStandIn.Message> batch = new ArrayList<>(List.of(first));
                for (SqsStandIn.Message next; batch.size() < batchSize && (next = sqs.take(queue, Duration.ZERO)) != null; ) {
                    batch.add(next);
                }
                deliver(batch);
            } catch (RuntimeException e) {
                LOG.error("queue event source failed", e);
            } finally {
                busy = false;
            }
        }
    }

    /** One message as Lambda's SQS event source hands it to a function, on its {@code receiveCount}th receive. */
    public static ObjectNode record(String queue, SqsStandIn.Message message, int receiveCount) {
        ObjectNode record = JSON.createObjectNode().put("messageId", message.messageId())
                .put("receiptHandle", message.messageId() + "#" + receiveCount).put("body", message.body())
                .put("md5OfBody", SqsStandIn.md5(message.body())).put("eventSource", "aws:sqs")
                .put("eventSourceARN", "arn:aws:sqs:" + LocalAwsStack.REGION + ":" + SqsStandIn.ACCOUNT + ":" + queue)
                .put("awsRegion", LocalAwsStack.REGION);
        record.putObject("attributes").put("ApproximateReceiveCount", Integer.toString(receiveCount))
                .put("SentTimestamp", Long.toString(message.sentTimestamp()))
                .put("SenderId", SqsStandIn.ACCOUNT)
                .put("ApproximateFirstReceiveTimestamp", Long.toString(System.currentTimeMillis()));
        record.putObject("messageAttributes");
        return record;
    }

    private void deliver(List<SqsStandIn.Message> batch) {
        ObjectNode event = JSON.createObjectNode();
        var records = event.putArray("Records");
        for (SqsStandIn.Message message : batch) {
            records.add(record(queue, message, receives.merge(message.messageId(), 1, Integer::sum)));
        }
        Set<String> failed = new HashSet<>();
        try {
            JsonNode response = JSON.readTree(function.apply(event.toString()));
            response.path("batchItemFailures").forEach(f -> failed.add(f.path("itemIdentifier").asText()));
        } catch (Exception invocationFailed) {
            LOG.warnf("queue batch of %d failed as a whole: %s", batch.size(), invocationFailed.getMessage());
            batch.forEach(m -> failed.add(m.messageId()));
        }
        for (SqsStandIn.Message message : batch) {
            if (!failed.contains(message.messageId())) {
                receives.remove(message.messageId());
            } else if (receives.get(message.messageId()) >= maxReceiveCount) {
                receives.remove(message.messageId());
                LOG.warnf("message %s failed %d times: moved to the dead-letter queue", message.messageId(), maxReceiveCount);
                deadLetters.accept(message);
            } else {
                sqs.redeliver(queue, message);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
    }
}
