package org.hundredparks.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Plain JSON documents as DynamoDB values and back: objects as maps, arrays as lists, numbers as N,
 * nulls left out. How a list item's typed fields are stored in one attribute that the stream carries whole.
 */
public final class AttributeJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AttributeJson() {
    }

    public static AttributeValue toAttribute(JsonNode node) {
        if (node.isObject()) {
            Map<String, AttributeValue> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(f -> {
                if (!f.getValue().isNull()) {
                    map.put(f.getKey(), toAttribute(f.getValue()));
                }
            });
            return AttributeValue.fromM(map);
        }
        if (node.isArray()) {
            List<AttributeValue> list = new ArrayList<>();
            node.forEach(element -> list.add(toAttribute(element)));
            return AttributeValue.fromL(list);
        }
        if (node.isNumber()) {
            return AttributeValue.fromN(node.asText());
        }
        if (node.isBoolean()) {
            return AttributeValue.fromBool(node.asBoolean());
        }
        if (node.isNull()) {
            return AttributeValue.fromNul(true);
        }
        return AttributeValue.fromS(node.asText());
    }

    public static JsonNode toJson(AttributeValue value) {
        switch (value.type()) {
            case M -> {
                ObjectNode object = NODES.objectNode();
                value.m().forEach((name, v) -> object.set(name, toJson(v)));
                return object;
            }
            case L -> {
                ArrayNode array = NODES.arrayNode();
                value.l().forEach(v -> array.add(toJson(v)));
                return array;
            }
            case N -> {
                return value.n().contains(".") || value.n().contains("e") || value.n().contains("E")
                        ? NODES.numberNode(new java.math.BigDecimal(value.n()))
                        : NODES.numberNode(Long.parseLong(value.n()));
            }
            case BOOL -> {
                return NODES.booleanNode(value.bool());
            }
            case NUL -> {
                return NODES.nullNode();
            }
            case S -> {
                return NODES.textNode(value.s());
            }
            default -> throw new IllegalArgumentException("not a JSON-like attribute: " + value.type());
        }
    }
}
