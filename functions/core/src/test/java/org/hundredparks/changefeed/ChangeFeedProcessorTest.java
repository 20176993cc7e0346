package org.hundredparks.changefeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.hundredparks.local.aws.AwsEventShapes;
import org.hundredparks.platform.BatchResponse;
import org.junit.jupiter.api.Test;

class ChangeFeedProcessorTest {

    private final ObjectMapper json = new ObjectMapper();

    private StreamEvent awsSample() throws Exception {
        return json.treeToValue(AwsEventShapes.sample("dynamodb-stream.json"), StreamEvent.class);
    }

    @Test
    void decodesAwsSampleRecordsIntoChanges() throws Exception {
        List<ItemChange> changes = new ArrayList<>();
        BatchResponse response = ChangeFeedProcessor.process(awsSample(), changes::add);

        assertEquals(List.of(), response.batchItemFailures());
        assertEquals(List.of(ItemChange.Kind.INSERT, ItemChange.Kind.MODIFY, ItemChange.Kind.REMOVE),
                changes.stream().map(ItemChange::kind).toList());
        ItemChange modify = changes.get(1);
        assertEquals("New item!", modify.before().orElseThrow().string("Message").orElseThrow());
        assertEquals("This item has changed", modify.after().orElseThrow().string("Message").orElseThrow());
        assertEquals(101L, modify.keys().number("Id").orElseThrow());
        assertTrue(changes.get(0).before().isEmpty());
        assertTrue(changes.get(2).after().isEmpty());
    }

    @Test
    void reportsTheRecordsThatFailedAndOnlyThose() throws Exception {
        List<String> handled = new ArrayList<>();
        BatchResponse response = ChangeFeedProcessor.process(awsSample(), change -> {
            if (change.kind() == ItemChange.Kind.MODIFY) {
                throw new IllegalStateException("cannot match this one");
            }
            handled.add(change.sequenceNumber());
        });
        assertEquals(List.of("4421584500000000017450439092"),
                response.batchItemFailures().stream().map(BatchResponse.ItemFailure::itemIdentifier).toList());
        assertEquals(List.of("4421584500000000017450439091", "4421584500000000017450439093"), handled);
    }

    @Test
    void aRecordWithoutKeysFailsAlone() throws Exception {
        String event = "{\"Records\":[{\"eventID\":\"1\",\"eventName\":\"INSERT\",\"dynamodb\":{\"SequenceNumber\":\"9\"}}]}";
        BatchResponse response = ChangeFeedProcessor.process(json.readValue(event, StreamEvent.class), change -> { });
        assertEquals("9", response.batchItemFailures().get(0).itemIdentifier());
    }
}
