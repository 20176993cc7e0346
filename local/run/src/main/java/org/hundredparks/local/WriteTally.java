package org.hundredparks.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The table's writes as its stream tells them, by record type ({@code bench/drain.sh} reads them from
 * {@code /_local/writes}): how many items were written and about how many write units they cost. A unit is a
 * started KB of the item's image (the stream record's size, whose JSON typing makes it somewhat larger than
 * DynamoDB's own measure), once for the table and once for every index, global or local, the item is in. Writes that
 * changed nothing still cost units in DynamoDB and leave no stream record, so they are not counted.
 */
final class WriteTally implements Consumer<ObjectNode> {

    private static final String[] INDEX_KEYS = {"gsi1pk", "gsi2pk", "gsi3pk", "gsi4pk", "lsi1sk"};

    private final Map<String, long[]> byType = new TreeMap<>();

    @Override
    public synchronized void accept(ObjectNode record) {
        JsonNode dynamodb = record.path("dynamodb");
        JsonNode image = dynamodb.has("NewImage") ? dynamodb.path("NewImage") : dynamodb.path("OldImage");
        // by the record's type, or for rows that have none (the matched marks, the items' report summaries) by its
        // partition key's prefix
        String type = image.path("type").path("S").asText(null);
        if (type == null) {
            String pk = dynamodb.path("Keys").path("pk").path("S").asText("?");
            type = pk.contains("#") ? pk.substring(0, pk.indexOf('#')) : pk;
        }
        long units = Math.max(1, (dynamodb.path("SizeBytes").asLong() + 1023) / 1024);
        int indexes = 0;
        for (String key : INDEX_KEYS) {
            indexes += image.has(key) ? 1 : 0;
        }
        long[] tally = byType.computeIfAbsent(type, t -> new long[2]);
        tally[0]++;
        tally[1] += units * (1 + indexes);
    }

    /** {type: {writes, units}}, and starts again when {@code reset}. */
    synchronized ObjectNode report(boolean reset) {
        ObjectNode report = LocalPlatform.JSON.createObjectNode();
        byType.forEach((type, tally) -> report.putObject(type).put("writes", tally[0]).put("units", tally[1]));
        if (reset) {
            byType.clear();
        }
        return report;
    }
}
