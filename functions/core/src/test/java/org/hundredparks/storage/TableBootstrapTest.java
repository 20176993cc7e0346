package org.hundredparks.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

class TableBootstrapTest {

    private final DynamoDbClient dynamo = TestAws.dynamo();

    @Test
    void createsTheTableWithEveryIndexOfTheDesignOnce() {
        String name = "bootstrap-" + System.nanoTime();
        assertTrue(TableBootstrap.ensure(dynamo, name, TableDesign.PLATFORM));
        assertFalse(TableBootstrap.ensure(dynamo, name, TableDesign.PLATFORM), "a second run changes nothing");

        TableDescription table = dynamo.describeTable(b -> b.tableName(name)).table();
        assertEquals(List.of("pk", "sk"), names(table.keySchema()));
        Map<String, List<String>> globals = table.globalSecondaryIndexes().stream()
                .collect(Collectors.toMap(i -> i.indexName(), i -> names(i.keySchema())));
        for (TableDesign.Index index : TableDesign.PLATFORM.globalIndexes()) {
            assertEquals(List.of(index.partitionKey(), index.sortKey()), globals.get(index.name()), index.name());
        }
        assertEquals(TableDesign.PLATFORM.globalIndexes().size(), globals.size());
        assertEquals(List.of("pk", "lsi1sk"), names(table.localSecondaryIndexes().get(0).keySchema()));
    }

    private static List<String> names(List<KeySchemaElement> keys) {
        return keys.stream().map(KeySchemaElement::attributeName).toList();
    }
}
