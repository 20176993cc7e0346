package org.hundredparks.storage;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Creates the table where it is missing: the local run and the tests. In AWS the CDK stack owns the
 * table (and adds what the emulator lacks: TTL, point-in-time recovery); nothing calls this there.
 */
public final class TableBootstrap {

    private static final Logger LOG = Logger.getLogger(TableBootstrap.class);

    private TableBootstrap() {
    }

    /** @return true when it created the table, false when it was there already */
    public static boolean ensure(DynamoDbClient dynamo, String tableName, TableDesign design) {
        try {
            dynamo.describeTable(b -> b.tableName(tableName));
            return false;
        } catch (ResourceNotFoundException missing) {
            try {
                dynamo.createTable(createRequest(tableName, design));
                awaitActive(dynamo, tableName);
                LOG.infof("created table %s", tableName);
                return true;
            } catch (ResourceInUseException createdMeanwhile) {
                awaitActive(dynamo, tableName);
                return false;
            }
        }
    }

    /**
     * Returns once the new table takes requests: the emulator answers a write to a table still being created with
     * "resource not found", as DynamoDB does, and the SDK's own waiter polls every 20 seconds.
     */
    private static void awaitActive(DynamoDbClient dynamo, String tableName) {
        long giveUpAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                if (dynamo.describeTable(b -> b.tableName(tableName)).table().tableStatus() == TableStatus.ACTIVE) {
                    return;
                }
            } catch (ResourceNotFoundException notYet) {
                // being created
            }
            if (System.nanoTime() - giveUpAt > 0) {
                throw new IllegalStateException("table " + tableName + " is not active after 30 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for table " + tableName, e);
            }
        }
    }

    static CreateTableRequest createRequest(String tableName, TableDesign design) {
        Set<String> attributes = new LinkedHashSet<>(List.of(design.partitionKey(), design.sortKey()));
        design.globalIndexes().forEach(i -> attributes.addAll(List.of(i.partitionKey(), i.sortKey())));
        design.localIndexes().forEach(i -> attributes.add(i.sortKey()));
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributes.stream()
                        .map(a -> AttributeDefinition.builder().attributeName(a).attributeType(ScalarAttributeType.S).build())
                        .toList())
                .keySchema(key(design.partitionKey(), design.sortKey()))
                .globalSecondaryIndexes(design.globalIndexes().stream()
                        .map(i -> GlobalSecondaryIndex.builder().indexName(i.name())
                                .keySchema(key(i.partitionKey(), i.sortKey()))
                                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                                .build())
                        .toList())
                .localSecondaryIndexes(design.localIndexes().stream()
                        .map(i -> LocalSecondaryIndex.builder().indexName(i.name())
                                .keySchema(key(design.partitionKey(), i.sortKey()))
                                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                                .build())
                        .toList())
                .streamSpecification(StreamSpecification.builder().streamEnabled(true)
                        .streamViewType(design.streamViewType()).build())
                .build();
    }

    private static List<KeySchemaElement> key(String partition, String sort) {
        return List.of(KeySchemaElement.builder().attributeName(partition).keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName(sort).keyType(KeyType.RANGE).build());
    }
}
