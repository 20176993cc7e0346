package org.hundredparks.local.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Compares an event with AWS's published sample of its kind (resources {@code /aws-events}): the same
 * field names, the same JSON types, nothing extra and nothing missing but what AWS itself leaves out
 * at times. Maps whose keys are data (item images, headers) are compared by their values' shape only.
 */
public final class AwsEventShapes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> DATA_MAPS = Set.of("Keys", "NewImage", "OldImage", "headers",
            "queryStringParameters", "pathParameters", "stageVariables", "claims", "attributes", "messageAttributes");

    private AwsEventShapes() {
    }

    public static JsonNode sample(String name) {
        try (InputStream in = AwsEventShapes.class.getResourceAsStream("/aws-events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample event " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param optional field names that AWS leaves out in some events (e.g. OldImage on INSERT)
     * @return the differences, empty when the shapes agree
     */
    public static List<String> differences(JsonNode sample, JsonNode actual, Set<String> optional) {
        List<String> differences = new ArrayList<>();
        compare("$", sample, actual, optional, differences);
        return differences;
    }

    private static void compare(String path, JsonNode sample, JsonNode actual, Set<String> optional, List<String> out) {
        if (sample.getNodeType() != actual.getNodeType() && !(sample.isNumber() && actual.isNumber())) {
            out.add(path + ": " + actual.getNodeType() + " where AWS sends " + sample.getNodeType());
            return;
        }
        String name = path.substring(path.lastIndexOf('.') + 1);
        if (sample.isObject() && DATA_MAPS.contains(name)) {
            JsonNode sampleValue = sample.elements().hasNext() ? sample.elements().next() : null;
            actual.fields().forEachRemaining(f -> {
                if (sampleValue != null && sampleValue.getNodeType() != f.getValue().getNodeType()) {
                    out.add(path + "." + f.getKey() + ": " + f.getValue().getNodeType() + " where AWS sends " + sampleValue.getNodeType());
                }
                if (f.getValue().isObject() && f.getValue().size() != 1 && (name.endsWith("Image") || name.equals("Keys"))) {
                    out.add(path + "." + f.getKey() + ": not a typed attribute value");
                }
            });
        } else if (sample.isObject()) {
            for (Iterator<String> names = sample.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                if (actual.has(field)) {
                    compare(path + "." + field, sample.get(field), actual.get(field), optional, out);
                } else if (!optional.contains(field)) {
                    out.add(path + "." + field + ": missing");
                }
            }
            actual.fieldNames().forEachRemaining(field -> {
                if (!sample.has(field)) {
                    out.add(path + "." + field + ": not in AWS's event");
                }
            });
        } else if (sample.isArray() && sample.size() > 0) {
            for (int i = 0; i < actual.size(); i++) {
                compare(path + "[" + i + "]", sample.get(Math.min(i, sample.size() - 1)), actual.get(i), optional, out);
            }
        }
    }
}
