package org.hundredparks.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Records stored as one document attribute (a list item's fields, a plan, an entry): one mapping for
 * all of them, dates as ISO strings, so that what is written reads back the same everywhere. A property
 * the reading code does not know is skipped, not fatal: during a deployment old and new code read each
 * other's documents, and a renamed property must not make a whole record unreadable.
 */
public final class Documents {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Documents() {
    }

    public static AttributeValue toAttribute(Object document) {
        return AttributeJson.toAttribute(JSON.valueToTree(document));
    }

    public static <T> T read(AttributeValue value, Class<T> type) {
        try {
            return JSON.treeToValue(AttributeJson.toJson(value), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type.getSimpleName() + " does not read back", e);
        }
    }
}
