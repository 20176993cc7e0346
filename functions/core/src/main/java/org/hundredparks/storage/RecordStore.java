package org.hundredparks.storage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Every read and write of the platform's table. Each write is one single-item request (no transactions:
 * they are not needed, and the emulator has none). Records someone submitted are written with a condition
 * ({@link #create}, {@link #replace}, {@link #put}, {@link #raise}), so a retried write either repeats harmlessly
 * or fails its condition; derived records are written without one ({@link #overwrite}, {@link #setAttribute},
 * {@link #delete}, and in batches {@link #writeAll}), where writing the same again gives the same item. Items past their {@code expiresAt} read as
 * absent, as TTL deletion in AWS may lag by days.
 */
public class RecordStore {

    public static final String VERSION = "version";
    /** How often a batch's unprocessed writes are sent again (with a growing pause, up to a second) before giving up. */
    static final int UNPROCESSED_ATTEMPTS = 10;

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public RecordStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    public Optional<Item> get(String pk, String sk) {
        Map<String, AttributeValue> found = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(key(pk, sk))).item();
        return found == null || found.isEmpty() || expired(found) ? Optional.empty() : Optional.of(Item.from(found));
    }

    /** Writes an item that must not exist yet (or only as an expired leftover). */
    public void create(Item item) {
        put(item, "attribute_not_exists(#pk) OR #expiresAt <= :now",
                Map.of("#pk", TableDesign.PK, "#expiresAt", TableDesign.EXPIRES_AT),
                Map.of(":now", AttributeValue.fromN(Long.toString(clock.instant().getEpochSecond()))));
    }

    /**
     * Replaces an item whose {@code version} is {@code expectedVersion}; the new item carries
     * {@code expectedVersion + 1}. Optimistic concurrency for every update.
     */
    public Item replace(Item item, long expectedVersion) {
        Item next = Item.from(item.values()).with(VERSION, expectedVersion + 1);
        put(next, "#version = :expected", Map.of("#version", VERSION),
                Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion))));
        return next;
    }

    /** Writes an item unconditionally: only for derived data that a retry recomputes identically. */
    public void overwrite(Item item) {
        dynamo.putItem(b -> b.tableName(table).item(item.values()));
    }

    /** Writes with a caller's condition; names and values as in DynamoDB's condition expressions. */
    public void put(Item item, String condition, Map<String, String> names, Map<String, AttributeValue> values) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(item.values()).conditionExpression(condition)
                    .expressionAttributeNames(names).expressionAttributeValues(values)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        } catch (ConditionalCheckFailedException e) {
            throw new ConditionFailedException(item.pk() + " " + item.sk() + ": " + condition);
        }
    }

    /**
     * Raises a string attribute to {@code value} if it is absent or lower: commutative and repeatable,
     * so concurrent or retried writers of a "latest" marker (e.g. the last progress date) agree.
     */
    public void raise(String pk, String sk, String attribute, String value) {
        raise(pk, sk, attribute, value, Map.of());
    }

    /**
     * As {@link #raise(String, String, String, String)}, creating the item when it is absent: for rows that
     * collect one attribute per member (the report summaries), written by whoever comes first.
     */
    public void raiseOrCreate(String pk, String sk, String attribute, String value) {
        raise(pk, sk, attribute, value, Map.of(), false);
    }

    /** Sets one attribute of an item, creating the item when it is absent (members of a collecting row). */
    public void setAttribute(String pk, String sk, String attribute, String value) {
        dynamo.updateItem(b -> b.tableName(table).key(key(pk, sk)).updateExpression("SET #a = :v")
                .expressionAttributeNames(Map.of("#a", attribute)).expressionAttributeValues(Map.of(":v", AttributeValue.fromS(value))));
    }

    /** Removes one attribute of an item, if the item is there. */
    public void removeAttribute(String pk, String sk, String attribute) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key(pk, sk)).updateExpression("REMOVE #a")
                    .conditionExpression("attribute_exists(#pk)")
                    .expressionAttributeNames(Map.of("#a", attribute, "#pk", TableDesign.PK)));
        } catch (ConditionalCheckFailedException absent) {
            // nothing to remove
        }
    }

    /**
     * Adds {@code delta} to a number attribute (creating the item and the attribute at 0) only if the result stays
     * within {@code [floor, ceiling]}: counters of allowances, where a concurrent or repeated use must not go below
     * nothing or above the cap. Whether it added.
     */
    public boolean add(String pk, String sk, String counter, long delta, long floor, long ceiling) {
        if (delta > ceiling) {
            return false; // even from nothing (an absent counter counts from 0)
        }
        String condition = delta >= 0 ? "attribute_not_exists(#c) OR #c <= :limit" : "#c >= :limit";
        Map<String, AttributeValue> values = Map.of(":delta", AttributeValue.fromN(Long.toString(delta)),
                ":limit", AttributeValue.fromN(Long.toString(delta >= 0 ? ceiling - delta : floor - delta)));
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key(pk, sk)).updateExpression("ADD #c :delta").conditionExpression(condition)
                    .expressionAttributeNames(Map.of("#c", counter)).expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException outOfBounds) {
            return false;
        }
    }

    /**
     * Sets one entry of a map attribute only if the item has the map and the entry is absent: a claim that the first
     * writer wins (one delivery per reminder and person). Whether this writer holds it: also when the SDK retried a
     * claim that had succeeded (the entry is then exactly {@code value}, so make values unique to the claimer).
     */
    public boolean claimEntry(String pk, String sk, String map, String entry, AttributeValue value) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key(pk, sk)).updateExpression("SET #m.#e = :v")
                    .conditionExpression("attribute_exists(#m) AND attribute_not_exists(#m.#e)")
                    .expressionAttributeNames(Map.of("#m", map, "#e", entry)).expressionAttributeValues(Map.of(":v", value)));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            AttributeValue held = get(pk, sk).map(i -> i.values().get(map)).filter(AttributeValue::hasM).map(m -> m.m().get(entry)).orElse(null);
            return value.equals(held);
        }
    }

    /** Takes one entry out of a map attribute (a claim given up before anything was done under it). */
    public void removeEntry(String pk, String sk, String map, String entry) {
        dynamo.updateItem(b -> b.tableName(table).key(key(pk, sk)).updateExpression("REMOVE #m.#e")
                .conditionExpression("attribute_exists(#m)").expressionAttributeNames(Map.of("#m", map, "#e", entry)));
    }

    /** Sets a number attribute whatever it was (creating the item when needed). */
    public void setNumber(String pk, String sk, String attribute, long value) {
        dynamo.updateItem(b -> b.tableName(table).key(key(pk, sk)).updateExpression("SET #a = :v")
                .expressionAttributeNames(Map.of("#a", attribute)).expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(value)))));
    }

    /** Sets one entry of a map attribute the item has (the outcome after a {@link #claimEntry claim}). */
    public void setEntry(String pk, String sk, String map, String entry, AttributeValue value) {
        dynamo.updateItem(b -> b.tableName(table).key(key(pk, sk)).updateExpression("SET #m.#e = :v")
                .conditionExpression("attribute_exists(#m)")
                .expressionAttributeNames(Map.of("#m", map, "#e", entry)).expressionAttributeValues(Map.of(":v", value)));
    }

    /**
     * Takes a lease on an item (creating it) for {@code holder} until {@code until}, if no one holds an unexpired one:
     * one refresher at a time across containers. Whether this holder has it.
     */
    public boolean lease(String pk, String sk, String holder, Instant until) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key(pk, sk)).updateExpression("SET #l = :until, #h = :holder")
                    .conditionExpression("attribute_not_exists(#l) OR #l < :now OR #h = :holder")
                    .expressionAttributeNames(Map.of("#l", "leaseUntil", "#h", "leaseHolder"))
                    .expressionAttributeValues(Map.of(":until", AttributeValue.fromN(Long.toString(until.toEpochMilli())),
                            ":now", AttributeValue.fromN(Long.toString(clock.instant().toEpochMilli())),
                            ":holder", AttributeValue.fromS(holder))));
            return true;
        } catch (ConditionalCheckFailedException held) {
            return false;
        }
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(TableDesign.PK, AttributeValue.fromS(pk), TableDesign.SK, AttributeValue.fromS(sk));
    }

    /** As {@link #raise(String, String, String, String)}, setting {@code alongside} in the same write when it raises. */
    public void raise(String pk, String sk, String attribute, String value, Map<String, String> alongside) {
        raise(pk, sk, attribute, value, alongside, true);
    }

    private void raise(String pk, String sk, String attribute, String value, Map<String, String> alongside, boolean mustExist) {
        Map<String, String> names = new java.util.LinkedHashMap<>(Map.of("#a", attribute));
        if (mustExist) {
            names.put("#pk", TableDesign.PK);
        }
        Map<String, AttributeValue> values = new java.util.LinkedHashMap<>(Map.of(":v", AttributeValue.fromS(value)));
        StringBuilder update = new StringBuilder("SET #a = :v");
        int n = 0;
        for (Map.Entry<String, String> also : alongside.entrySet()) {
            names.put("#b" + n, also.getKey());
            values.put(":b" + n, AttributeValue.fromS(also.getValue()));
            update.append(", #b").append(n).append(" = :b").append(n);
            n++;
        }
        try {
            dynamo.updateItem(b -> b.tableName(table)
                    .key(key(pk, sk))
                    .updateExpression(update.toString())
                    .conditionExpression((mustExist ? "attribute_exists(#pk) AND " : "") + "(attribute_not_exists(#a) OR #a < :v)")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException alreadyHigherOrMissing) {
            // nothing to raise
        }
    }

    /** Reads many items by key, 100 per request (retrying what DynamoDB leaves unprocessed); absent keys are left out. */
    public Map<String, Item> getAll(List<String> pks, String sk) {
        Map<String, Item> found = new LinkedHashMap<>();
        for (int from = 0; from < pks.size(); from += 100) {
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            for (String pk : new LinkedHashSet<>(pks.subList(from, Math.min(pks.size(), from + 100)))) {
                keys.add(Map.of(TableDesign.PK, AttributeValue.fromS(pk), TableDesign.SK, AttributeValue.fromS(sk)));
            }
            Map<String, KeysAndAttributes> pending = Map.of(table, KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            while (pending != null && !pending.isEmpty()) {
                Map<String, KeysAndAttributes> request = pending;
                var response = dynamo.batchGetItem(b -> b.requestItems(request));
                response.responses().getOrDefault(table, List.of()).stream()
                        .filter(item -> !expired(item))
                        .forEach(item -> found.put(item.get(TableDesign.PK).s(), Item.from(item)));
                pending = response.unprocessedKeys();
            }
        }
        return found;
    }

    /**
     * Puts and deletes derived items, 25 a request (BatchWriteItem), retrying what DynamoDB leaves unprocessed with a
     * growing pause. Not atomic: a failure part-way leaves some written, which the caller's retry writes again.
     */
    public void writeAll(List<Item> puts, List<Item> deletes) {
        List<WriteRequest> requests = new ArrayList<>();
        puts.forEach(item -> requests.add(WriteRequest.builder().putRequest(p -> p.item(item.values())).build()));
        deletes.forEach(item -> requests.add(WriteRequest.builder().deleteRequest(d -> d.key(key(item.pk(), item.sk()))).build()));
        for (int from = 0; from < requests.size(); from += 25) {
            Map<String, List<WriteRequest>> pending = Map.of(table, requests.subList(from, Math.min(requests.size(), from + 25)));
            for (int attempt = 0; pending.values().stream().anyMatch(list -> !list.isEmpty()); attempt++) {
                if (attempt == UNPROCESSED_ATTEMPTS) {
                    throw new IllegalStateException("DynamoDB left writes unprocessed " + attempt + " times: throttled");
                }
                if (attempt > 0) {
                    pause(Math.min(1_000, 25L << Math.min(attempt, 6)));
                }
                Map<String, List<WriteRequest>> request = pending;
                pending = dynamo.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a batch", e);
        }
    }

    /** Deletes an item if present; true when something was deleted. */
    public boolean delete(String pk, String sk) {
        Map<String, AttributeValue> old = dynamo.deleteItem(b -> b.tableName(table)
                .key(key(pk, sk))
                .returnValues("ALL_OLD")).attributes();
        return old != null && !old.isEmpty();
    }

    /**
     * One page of the items in an index partition (or the table's, with {@code index == null}) whose
     * sort key starts with {@code sortPrefix}, in sort-key order or reversed.
     */
    public Page query(TableDesign.Index index, String partition, String sortPrefix, boolean descending, int limit,
            String cursor) {
        return query(new QuerySpec(index, partition, null, null, sortPrefix, descending, limit, cursor, Map.of(), Map.of()));
    }

    /** Every item the query finds, page after page ({@code spec.limit()} a page): the one place a cursor is drained. */
    public List<Item> queryAll(QuerySpec spec) {
        List<Item> all = new ArrayList<>();
        forEach(spec, all::add);
        return all;
    }

    /** As {@link #queryAll}, handing each item on as its page arrives (a rebuild need not hold them all); returns the count. */
    public int forEach(QuerySpec spec, Consumer<Item> each) {
        int count = 0;
        String cursor = null;
        do {
            Page page = query(spec.page(spec.limit(), cursor));
            for (Item item : page.items()) {
                each.accept(item);
                count++;
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return count;
    }

    public Page query(QuerySpec spec) {
        TableDesign.Index index = spec.index();
        String pkName = index == null ? TableDesign.PK : index.partitionKey();
        String skName = index == null ? TableDesign.SK : index.sortKey();
        Set<String> cursorKeys = new LinkedHashSet<>(List.of(TableDesign.PK, TableDesign.SK, pkName, skName));
        Map<String, String> names = new LinkedHashMap<>(Map.of("#p", pkName));
        Map<String, AttributeValue> values = new LinkedHashMap<>(Map.of(":p", AttributeValue.fromS(spec.partition())));
        String keyCondition = "#p = :p";
        String sortPrefix = spec.sortKeyPrefix();
        if (sortPrefix != null && !sortPrefix.isEmpty()) {
            names.put("#s", skName);
            values.put(":s", AttributeValue.fromS(sortPrefix));
            keyCondition += " AND begins_with(#s, :s)";
        } else if (spec.sortKeyFrom() != null && spec.sortKeyTo() != null) {
            names.put("#s", skName);
            values.put(":s", AttributeValue.fromS(spec.sortKeyFrom()));
            values.put(":t", AttributeValue.fromS(spec.sortKeyTo()));
            keyCondition += " AND #s BETWEEN :s AND :t";
        } else if (spec.sortKeyFrom() != null) {
            names.put("#s", skName);
            values.put(":s", AttributeValue.fromS(spec.sortKeyFrom()));
            keyCondition += " AND #s >= :s";
        }
        List<String> filters = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> equal : spec.equal().entrySet()) {
            names.put("#f" + n, equal.getKey());
            values.put(":f" + n, AttributeValue.fromS(equal.getValue()));
            filters.add("#f" + n + " = :f" + n);
            n++;
        }
        for (Map.Entry<String, String> prefix : spec.prefix().entrySet()) {
            names.put("#f" + n, prefix.getKey());
            values.put(":f" + n, AttributeValue.fromS(prefix.getValue()));
            filters.add("begins_with(#f" + n + ", :f" + n + ")");
            n++;
        }
        QueryRequest.Builder request = QueryRequest.builder().tableName(table)
                .scanIndexForward(!spec.descending())
                .limit(spec.limit())
                .exclusiveStartKey(withinRange(Cursor.decode(spec.cursor(), cursorKeys, pkName, spec.partition()), skName, spec))
                .keyConditionExpression(keyCondition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values);
        if (!filters.isEmpty()) {
            request.filterExpression(String.join(" AND ", filters));
        }
        if (index != null) {
            request.indexName(index.name());
        } else {
            // a partition of the table read to be rewritten (a match list) must show the writes just made
            request.consistentRead(true);
        }
        QueryResponse response = dynamo.query(request.build());
        List<Item> items = new ArrayList<>(response.count());
        for (Map<String, AttributeValue> found : response.items()) {
            if (!expired(found)) {
                items.add(Item.from(found));
            }
        }
        return new Page(items, Cursor.encode(response.lastEvaluatedKey()));
    }

    /**
     * A start key must lie in the query's sort-key range too (DynamoDB answers one outside it with an error): a cursor
     * of another list that shares the partition, such as an organisation's items of another list, is not this list's.
     */
    private static Map<String, AttributeValue> withinRange(Map<String, AttributeValue> start, String skName, QuerySpec spec) {
        if (start == null) {
            return null;
        }
        String sortKey = start.get(skName).s();
        boolean inside = spec.sortKeyPrefix() != null && !spec.sortKeyPrefix().isEmpty() ? sortKey.startsWith(spec.sortKeyPrefix())
                : (spec.sortKeyFrom() == null || sortKey.compareTo(spec.sortKeyFrom()) >= 0)
                        && (spec.sortKeyTo() == null || sortKey.compareTo(spec.sortKeyTo()) <= 0);
        if (!inside) {
            throw new InvalidCursorException("cursor does not belong to this list");
        }
        return start;
    }

    /** How many items a partition of an index holds, counting no further than {@code max}: sizes shown beside a list. */
    public int count(TableDesign.Index index, String partition, int max) {
        return dynamo.query(b -> b.tableName(table).indexName(index.name()).select(software.amazon.awssdk.services.dynamodb.model.Select.COUNT)
                .limit(max).keyConditionExpression("#pk = :pk").expressionAttributeNames(Map.of("#pk", index.partitionKey()))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition)))).count();
    }

    private boolean expired(Map<String, AttributeValue> item) {
        AttributeValue expiresAt = item.get(TableDesign.EXPIRES_AT);
        return expiresAt != null && expiresAt.n() != null
                && Long.parseLong(expiresAt.n()) <= clock.instant().getEpochSecond();
    }

    public String table() {
        return table;
    }
}
