package org.hundredparks.storage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One query of a partition of an index (or of the table itself, {@code index == null}): optional bounds on
 * the sort key (for "updated since", or one type's range) or a prefix of it, newest first by default,
 * equality or prefix filters on other attributes.
 */
public record QuerySpec(TableDesign.Index index, String partition, String sortKeyFrom, String sortKeyTo, String sortKeyPrefix,
        boolean descending, int limit, String cursor, Map<String, String> equal, Map<String, String> prefix) {

    public static QuerySpec of(TableDesign.Index index, String partition) {
        return new QuerySpec(index, partition, null, null, null, true, 50, null, Map.of(), Map.of());
    }

    /** A partition of the table itself, in sort-key order, the items whose sort key starts with {@code sortKeyPrefix}. */
    public static QuerySpec table(String partition, String sortKeyPrefix) {
        return new QuerySpec(null, partition, null, null, sortKeyPrefix, false, 50, null, Map.of(), Map.of());
    }

    public QuerySpec descending(boolean newestFirst) {
        return new QuerySpec(index, partition, sortKeyFrom, sortKeyTo, sortKeyPrefix, newestFirst, limit, cursor, equal, prefix);
    }

    public QuerySpec from(String sortKeyFrom) {
        return new QuerySpec(index, partition, sortKeyFrom, sortKeyTo, sortKeyPrefix, descending, limit, cursor, equal, prefix);
    }

    /** Sort keys from {@code from} (inclusive) up to {@code to} (inclusive). */
    public QuerySpec between(String from, String to) {
        return new QuerySpec(index, partition, from, to, sortKeyPrefix, descending, limit, cursor, equal, prefix);
    }

    public QuerySpec page(int limit, String cursor) {
        return new QuerySpec(index, partition, sortKeyFrom, sortKeyTo, sortKeyPrefix, descending, limit, cursor, equal, prefix);
    }

    public QuerySpec whereEquals(String attribute, String value) {
        if (value == null) {
            return this;
        }
        Map<String, String> next = new LinkedHashMap<>(equal);
        next.put(attribute, value);
        return new QuerySpec(index, partition, sortKeyFrom, sortKeyTo, sortKeyPrefix, descending, limit, cursor, next, prefix);
    }

    public QuerySpec whereStartsWith(String attribute, String value) {
        if (value == null) {
            return this;
        }
        Map<String, String> next = new LinkedHashMap<>(prefix);
        next.put(attribute, value);
        return new QuerySpec(index, partition, sortKeyFrom, sortKeyTo, sortKeyPrefix, descending, limit, cursor, equal, next);
    }
}
