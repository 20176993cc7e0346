package org.hundredparks.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The paging cursor: DynamoDB's LastEvaluatedKey as URL-safe base64 JSON. A cursor comes back from
 * clients, so decoding accepts only the key attributes of the index queried, as strings, within a size.
 */
final class Cursor {

    static final int MAX_LENGTH = 2048;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Cursor() {
    }

    static String encode(Map<String, AttributeValue> lastKey) {
        if (lastKey == null || lastKey.isEmpty()) {
            return null;
        }
        Map<String, String> plain = new LinkedHashMap<>();
        lastKey.forEach((name, value) -> plain.put(name, value.s()));
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(plain));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The key a cursor names, when it is one this list issued: the key attributes of the index queried, as strings,
     * in the partition queried (DynamoDB refuses a start key of another partition with an error, not an empty page).
     */
    static Map<String, AttributeValue> decode(String cursor, Set<String> keyAttributes, String partitionAttribute, String partition) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        if (cursor.length() > MAX_LENGTH) {
            throw new InvalidCursorException("cursor too long");
        }
        Map<String, Object> plain;
        try {
            plain = JSON.readValue(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8),
                    new TypeReference<Map<String, Object>>() { });
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw new InvalidCursorException("cursor is not one this platform issued");
        }
        if (!plain.keySet().equals(keyAttributes)) {
            throw new InvalidCursorException("cursor does not belong to this list");
        }
        if (!partition.equals(plain.get(partitionAttribute))) {
            throw new InvalidCursorException("cursor does not belong to this list");
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        plain.forEach((name, value) -> {
            if (!(value instanceof String text)) {
                throw new InvalidCursorException("cursor does not belong to this list");
            }
            key.put(name, AttributeValue.fromS(text));
        });
        return key;
    }
}
