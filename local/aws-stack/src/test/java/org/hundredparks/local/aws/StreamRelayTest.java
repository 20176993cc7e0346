package org.hundredparks.local.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Writes through the real SDK to dynalite behind the relay, and reads what the relay published. */
class StreamRelayTest {

    private static final String TABLE = "relay-test";
    private static LocalAwsStack stack;
    private static DynamoDbClient dynamo;
    private final StreamRelay.Recorder recorder = new StreamRelay.Recorder();

    @BeforeAll
    static void startStack() {
        stack = LocalAwsStack.shared();
        dynamo = DynamoDbClient.builder().endpointOverride(URI.create(stack.dynamoEndpoint()))
                .region(Region.of(LocalAwsStack.REGION)).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local-secret")))
                .build();
        dynamo.createTable(b -> b.tableName(TABLE)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .billingMode("PAY_PER_REQUEST"));
    }

    @BeforeEach
    void subscribe() {
        stack.subscribe(recorder);
    }

    @AfterEach
    void unsubscribe() {
        stack.unsubscribe(recorder);
    }

    private static Map<String, AttributeValue> item(String pk, String message) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS("A"), "message", AttributeValue.fromS(message),
                "count", AttributeValue.fromN("1"));
    }

    private static Map<String, AttributeValue> key(String pk) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS("A"));
    }

    @Test
    void insertModifyRemoveCarryTheImagesAwsWouldSend() {
        dynamo.putItem(b -> b.tableName(TABLE).item(item("life", "first")));
        dynamo.updateItem(b -> b.tableName(TABLE).key(key("life")).updateExpression("SET message = :m")
                .expressionAttributeValues(Map.of(":m", AttributeValue.fromS("second"))));
        dynamo.deleteItem(b -> b.tableName(TABLE).key(key("life")));

        List<ObjectNode> records = recorder.records();
        assertEquals(List.of("INSERT", "MODIFY", "REMOVE"), records.stream().map(r -> r.get("eventName").asText()).toList());
        JsonNode modify = records.get(1).get("dynamodb");
        assertEquals("first", modify.at("/OldImage/message/S").asText());
        assertEquals("second", modify.at("/NewImage/message/S").asText());
        assertEquals("1", modify.at("/NewImage/count/N").asText());
        assertEquals(2, modify.get("Keys").size());
        assertEquals("life", modify.at("/Keys/pk/S").asText());
        assertFalse(records.get(0).get("dynamodb").has("OldImage"));
        assertFalse(records.get(2).get("dynamodb").has("NewImage"));
        assertTrue(records.get(0).get("eventSourceARN").asText().contains(":table/" + TABLE + "/stream/"));
        assertTrue(records.get(0).at("/dynamodb/SequenceNumber").asText()
                .compareTo(records.get(2).at("/dynamodb/SequenceNumber").asText()) < 0, "sequence numbers grow");

        JsonNode samples = AwsEventShapes.sample("dynamodb-stream.json").get("Records");
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of(), AwsEventShapes.differences(samples.get(i), records.get(i), Set.of()),
                    "record " + i + " differs from AWS's " + samples.get(i).get("eventName"));
        }
    }

    @Test
    void writesThatChangeNothingPublishNothing() {
        dynamo.putItem(b -> b.tableName(TABLE).item(item("same", "x")));
        dynamo.putItem(b -> b.tableName(TABLE).item(item("same", "x")));
        assertThrows(ConditionalCheckFailedException.class, () -> dynamo.putItem(b -> b.tableName(TABLE)
                .item(item("same", "y")).conditionExpression("attribute_not_exists(pk)")));
        dynamo.deleteItem(b -> b.tableName(TABLE).key(key("never-there")));

        assertEquals(1, recorder.records().size(), "only the first put changed anything");
        assertEquals("x", recorder.records().get(0).at("/dynamodb/NewImage/message/S").asText());
    }

    @Test
    void batchWritesPublishOneRecordPerItem() {
        dynamo.putItem(b -> b.tableName(TABLE).item(item("batch-old", "bye")));
        recorder.records(); // the put above is recorded too
        dynamo.batchWriteItem(b -> b.requestItems(Map.of(TABLE, List.of(
                WriteRequest.builder().putRequest(p -> p.item(item("batch-1", "a"))).build(),
                WriteRequest.builder().putRequest(p -> p.item(item("batch-2", "b"))).build(),
                WriteRequest.builder().deleteRequest(d -> d.key(key("batch-old"))).build()))));

        List<ObjectNode> records = recorder.records();
        assertEquals(List.of("INSERT", "INSERT", "INSERT", "REMOVE"), records.stream().map(r -> r.get("eventName").asText()).toList());
        assertEquals("batch-old", records.get(3).at("/dynamodb/Keys/pk/S").asText());
    }

    /** The start-up harness says how many calls a function's first result made; the relay counts clients' calls only. */
    @Test
    void countsTheClientsRequestsByOperationNotItsOwnReads() {
        Map<String, Long> before = stack.dynamoRequests();
        dynamo.putItem(b -> b.tableName(TABLE).item(item("counted", "one"))); // the relay reads the item twice for its images
        dynamo.getItem(b -> b.tableName(TABLE).key(key("counted")));
        dynamo.getItem(b -> b.tableName(TABLE).key(key("counted")));
        Map<String, Long> after = stack.dynamoRequests();
        assertEquals(1, after.get("PutItem") - before.getOrDefault("PutItem", 0L));
        assertEquals(2, after.get("GetItem") - before.getOrDefault("GetItem", 0L));
    }

    @Test
    void readsPassThroughUntouched() {
        dynamo.putItem(b -> b.tableName(TABLE).item(item("read", "hello")));
        assertEquals("hello", dynamo.getItem(b -> b.tableName(TABLE).key(key("read")).consistentRead(true)).item().get("message").s());
        assertEquals(1, dynamo.query(b -> b.tableName(TABLE).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("read")))).count());
    }
}
