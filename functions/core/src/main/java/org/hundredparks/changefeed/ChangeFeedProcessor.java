package org.hundredparks.changefeed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hundredparks.platform.BatchResponse;
import org.jboss.logging.Logger;

/**
 * Runs a handler over a stream batch record by record and reports the failures (powertools' batch
 * model): a record that throws is reported by its sequence number and retried by Lambda; the rest of
 * the batch counts as done. Handlers must be idempotent, since a retried batch repeats records.
 */
public final class ChangeFeedProcessor {

    private static final Logger LOG = Logger.getLogger(ChangeFeedProcessor.class);

    private ChangeFeedProcessor() {
    }

    public static BatchResponse process(StreamEvent event, Consumer<ItemChange> handler) {
        return process(event, handler, () -> { });
    }

    /**
     * As {@link #process(StreamEvent, Consumer)}, then {@code settle}: work that takes the whole batch at once (writing
     * what the records together changed). When it fails, every record of the batch is reported, so that the retry
     * repeats them all.
     */
    public static BatchResponse process(StreamEvent event, Consumer<ItemChange> handler, Runnable settle) {
        List<String> failed = new ArrayList<>();
        if (event == null || event.records() == null) {
            return BatchResponse.failures(failed);
        }
        List<String> all = new ArrayList<>();
        for (StreamEvent.Record record : event.records()) {
            String sequenceNumber = record.dynamodb() == null ? record.eventId() : record.dynamodb().sequenceNumber();
            all.add(sequenceNumber);
            try {
                handler.accept(ItemChange.from(record));
            } catch (RuntimeException e) {
                LOG.errorf(e, "stream record %s (%s) failed", sequenceNumber, record.eventName());
                failed.add(sequenceNumber);
            }
        }
        try {
            settle.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "the batch of %d records could not be settled: all are reported for a retry", all.size());
            return BatchResponse.failures(all);
        }
        return BatchResponse.failures(failed);
    }
}
