package org.hundredparks.storage;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Builds and reads DynamoDB items without the noise of AttributeValue at every call site. */
public final class Item {

    private final Map<String, AttributeValue> values;

    private Item(Map<String, AttributeValue> values) {
        this.values = values;
    }

    public static Item of(String pk, String sk) {
        return new Item(new HashMap<>()).with(TableDesign.PK, pk).with(TableDesign.SK, sk);
    }

    public static Item from(Map<String, AttributeValue> values) {
        return new Item(new HashMap<>(values));
    }

    public Item with(String name, String value) {
        if (value != null) {
            values.put(name, AttributeValue.fromS(value));
        }
        return this;
    }

    public Item with(String name, long value) {
        values.put(name, AttributeValue.fromN(Long.toString(value)));
        return this;
    }

    public Item with(String name, AttributeValue value) {
        if (value != null) {
            values.put(name, value);
        }
        return this;
    }

    public String pk() {
        return string(TableDesign.PK).orElseThrow();
    }

    public String sk() {
        return string(TableDesign.SK).orElseThrow();
    }

    public Optional<String> string(String name) {
        AttributeValue value = values.get(name);
        return value == null || value.s() == null ? Optional.empty() : Optional.of(value.s());
    }

    public Optional<Long> number(String name) {
        AttributeValue value = values.get(name);
        return value == null || value.n() == null ? Optional.empty() : Optional.of(Long.parseLong(value.n()));
    }

    public Map<String, AttributeValue> values() {
        return Map.copyOf(values);
    }

    @Override
    public String toString() {
        return "Item" + values.keySet();
    }
}
