package org.hundredparks.storage;

import jakarta.enterprise.context.ApplicationScoped;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Whether the table answers: what the API's health check reports, without the API holding a DynamoDB client. */
@ApplicationScoped
public class StorageHealth {

    private final DynamoDbClient dynamo;
    private final StorageConfig storage;

    public StorageHealth(DynamoDbClient dynamo, StorageConfig storage) {
        this.dynamo = dynamo;
        this.storage = storage;
    }

    /** The table's status ({@code ACTIVE}, ...); an exception when it cannot be reached. */
    public String tableStatus() {
        return dynamo.describeTable(b -> b.tableName(storage.table())).table().tableStatusAsString();
    }
}
