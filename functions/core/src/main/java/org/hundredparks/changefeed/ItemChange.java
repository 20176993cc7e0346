package org.hundredparks.changefeed;

import java.util.Map;
import java.util.Optional;
import org.hundredparks.storage.Item;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One committed change of one item, decoded from a stream record: what it was and what it is. */
public record ItemChange(Kind kind, String sequenceNumber, Item keys, Optional<Item> before, Optional<Item> after) {

    public enum Kind { INSERT, MODIFY, REMOVE }

    public static ItemChange from(StreamEvent.Record record) {
        StreamEvent.Data data = record.dynamodb();
        if (data == null || data.keys() == null) {
            throw new IllegalArgumentException("stream record " + record.eventId() + " has no keys");
        }
        return new ItemChange(Kind.valueOf(record.eventName()), data.sequenceNumber(),
                Item.from(DynamoJson.toItem(data.keys())), image(data.oldImage()), image(data.newImage()));
    }

    private static Optional<Item> image(Map<String, com.fasterxml.jackson.databind.JsonNode> image) {
        Map<String, AttributeValue> item = DynamoJson.toItem(image);
        return item == null ? Optional.empty() : Optional.of(Item.from(item));
    }
}
