package org.hundredparks.changefeed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DynamoDB's JSON form of attribute values ({"S": "..."}, {"N": "1"}, ...), as stream images carry it. */
public final class DynamoJson {

    private DynamoJson() {
    }

    public static Map<String, AttributeValue> toItem(Map<String, JsonNode> image) {
        if (image == null) {
            return null;
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        image.forEach((name, value) -> item.put(name, toValue(value)));
        return item;
    }

    public static AttributeValue toValue(JsonNode node) {
        if (node == null || !node.isObject() || node.size() != 1) {
            throw new IllegalArgumentException("not a DynamoDB attribute value: " + node);
        }
        Map.Entry<String, JsonNode> typed = node.fields().next();
        JsonNode value = typed.getValue();
        return switch (typed.getKey()) {
            case "S" -> AttributeValue.fromS(value.asText());
            case "N" -> AttributeValue.fromN(value.asText());
            case "BOOL" -> AttributeValue.fromBool(value.asBoolean());
            case "NULL" -> AttributeValue.fromNul(true);
            case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(value.asText())));
            case "SS" -> AttributeValue.fromSs(texts(value));
            case "NS" -> AttributeValue.fromNs(texts(value));
            case "BS" -> AttributeValue.fromBs(texts(value).stream()
                    .map(b -> SdkBytes.fromByteArray(Base64.getDecoder().decode(b))).toList());
            case "L" -> {
                List<AttributeValue> list = new ArrayList<>();
                value.forEach(element -> list.add(toValue(element)));
                yield AttributeValue.fromL(list);
            }
            case "M" -> {
                Map<String, AttributeValue> map = new LinkedHashMap<>();
                value.fields().forEachRemaining(f -> map.put(f.getKey(), toValue(f.getValue())));
                yield AttributeValue.fromM(map);
            }
            default -> throw new IllegalArgumentException("unknown DynamoDB type " + typed.getKey());
        };
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }
}
