package org.hundredparks.changefeed;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
        return process(event, handler, () -> change -> false);
    }

    /**
     * As {@link #process(StreamEvent, Consumer)}, then {@code settle}: work that takes the whole batch at once (writing
     * what the records together changed), which answers which changes it had no time for; their records are reported
     * for a retry too. When it fails, every record of the batch is reported, so that the retry repeats them all.
     */
    public static BatchResponse process(StreamEvent event, Consumer<ItemChange> handler, Supplier<Predicate<ItemChange>> settle) {
        List<String> failed = new ArrayList<>();
        if (event == null || event.records() == null) {
            return BatchResponse.failures(failed);
        }
        List<String> all = new ArrayList<>();
        Map<String, ItemChange> handled = new LinkedHashMap<>();
        for (StreamEvent.Record record : event.records()) {
            String sequenceNumber = record.dynamodb() == null ? record.eventId() : record.dynamodb().sequenceNumber();
            all.add(sequenceNumber);
            try {
                ItemChange change = ItemChange.from(record);
                handler.accept(change);
                handled.put(sequenceNumber, change);
            } catch (RuntimeException e) {
                LOG.errorf(e, "stream record %s (%s) failed", sequenceNumber, record.eventName());
                failed.add(sequenceNumber);
            }
        }
        Predicate<ItemChange> left;
        try {
            left = settle.get();
        } catch (RuntimeException e) {
            LOG.errorf(e, "the batch of %d records could not be settled: all are reported for a retry", all.size());
            return BatchResponse.failures(all);
        }
        handled.forEach((sequenceNumber, change) -> {
            if (left.test(change)) {
                failed.add(sequenceNumber);
            }
        });
        failed.sort(java.util.Comparator.comparingInt(all::indexOf));
        return BatchResponse.failures(failed);
    }
}
