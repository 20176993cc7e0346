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
        List<String> failed = new ArrayList<>();
        if (event == null || event.records() == null) {
            return BatchResponse.failures(failed);
        }
        for (StreamEvent.Record record : event.records()) {
            String sequenceNumber = record.dynamodb() == null ? record.eventId() : record.dynamodb().sequenceNumber();
            try {
                handler.accept(ItemChange.from(record));
            } catch (RuntimeException e) {
                LOG.errorf(e, "stream record %s (%s) failed", sequenceNumber, record.eventName());
                failed.add(sequenceNumber);
            }
        }
        return BatchResponse.failures(failed);
    }
}
